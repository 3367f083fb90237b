-- Failed sign-ins are counted per account; enough of them lock it for a while.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
