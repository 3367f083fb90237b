-- A company registered through the API or the page stays unconfirmed until its owner follows the mailed link; until
-- this moment, after which the registration lapses (company and user deleted, freeing the tax id and the address).
-- Null: confirmed (every account that existed before).
alter table app_user add column confirm_by timestamp with time zone;
create index ix_app_user_confirm_by on app_user (confirm_by);

-- Requests counted per action and per address or client address, in fixed windows, in the database so that every node
-- of a cluster counts the same requests.
create table rate_limit_window (
    bucket       varchar(300) primary key,
    window_start timestamp with time zone not null,
    hits         integer not null
);
