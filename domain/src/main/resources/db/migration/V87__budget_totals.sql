-- A budget's balance per kind of entry, kept as entries are appended (in the same transaction, under the budget row's
-- lock that every change of money takes): the dashboards and each reservation read these few rows instead of summing a
-- ledger that grows with every compensation. budget_ledger_entry stays the record; a total is its sum, with a partner's
-- cap (an ALLOCATION entry naming a partner) left out, as the budget's own balance leaves it out.
create table budget_total (
    budget_id bigint         not null references marketing_budget (id),
    kind      varchar(20)    not null,
    total     numeric(16, 2) not null,
    primary key (budget_id, kind)
);

insert into budget_total (budget_id, kind, total)
select budget_id, kind, sum(amount) from budget_ledger_entry
where kind <> 'ALLOCATION' or partner_id is null
group by budget_id, kind;
