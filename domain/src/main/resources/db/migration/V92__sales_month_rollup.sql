-- The sales rollup by month (docs/adr/0007-dashboard-rollups.md). A day's rows (V88) are few only while the history is
-- thin: one per day × region × tier × kind that saw an event, so a year's rows grew with the deals and requests until
-- every combination was in use. The dashboard now reads the whole months of its period here and only the days at its
-- ends from sales_day_figure, so a year costs at most twelve months' rows and two partial months' days, whatever the
-- history. Kept beside the day's row by the same upsert (SalesRollups), rebuilt by the rebuild of each day
-- (RollupRebuild), which takes the day's old rows off their month and adds the new ones.

-- The same keys and sums as sales_day_figure, on_month being the first day of the month in the program's time zone.
create table sales_month_figure (
    on_month                date           not null,
    region                  varchar(100)   not null,
    tier                    varchar(20)    not null,
    kind                    varchar(30)    not null,
    deals_registered        bigint         not null,
    deals_approved          bigint         not null,
    deals_won               bigint         not null,
    deals_lost              bigint         not null,
    deals_expired           bigint         not null,
    won_amount              numeric(18, 2) not null,
    deals_protected         bigint         not null,
    protection_days_used    bigint         not null,
    protection_days_granted bigint         not null,
    handovers_offered       bigint         not null,
    handovers_accepted      bigint         not null,
    handovers_unassigned    bigint         not null,
    acceptance_seconds      numeric(24, 6) not null,
    acceptance_turns        bigint         not null,
    requests_in_time        bigint         not null,
    requests_late           bigint         not null,
    primary key (on_month, region, tier, kind)
);

insert into sales_month_figure
select cast(date_trunc('month', on_day) as date), region, tier, kind, sum(deals_registered), sum(deals_approved),
       sum(deals_won), sum(deals_lost), sum(deals_expired), sum(won_amount), sum(deals_protected),
       sum(protection_days_used), sum(protection_days_granted), sum(handovers_offered), sum(handovers_accepted),
       sum(handovers_unassigned), sum(acceptance_seconds), sum(acceptance_turns), sum(requests_in_time),
       sum(requests_late)
from sales_day_figure
group by cast(date_trunc('month', on_day) as date), region, tier, kind;
