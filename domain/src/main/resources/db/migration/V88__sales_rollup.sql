-- The sales dashboard's rollup (docs/adr/0007-dashboard-rollups.md): a page load sums these rows for the period instead
-- of counting deals, handovers and partner requests, so its cost follows the number of days, regions and tiers, not of
-- deals. Kept by DealService, HandoverService and PartnerRequestService (through SalesRollups) in the transaction of
-- each event, one upsert a event; recomputed for a range of days by the rollups' rebuild (RollupRebuild), which the
-- benchmark's generator runs after its load.

-- One row per day (in the program's time zone, as V83 explains) × region × tier × request kind. The day is the day of
-- the step for deals (registered_at, approved_on, closed_on) and the day of the creation for handovers and requests,
-- whose later acceptance or answer is added to that day's row. The region is the deal's or the handover's (the
-- customer's), the partner's for requests; the tier is the partner's at the event ('' for handovers, which the
-- dashboard does not narrow by tier); the kind is the request's ('' for deals and handovers).
create table sales_day_figure (
    on_day                  date           not null,
    region                  varchar(100)   not null,
    tier                    varchar(20)    not null,
    kind                    varchar(30)    not null,
    deals_registered        bigint         not null,
    deals_approved          bigint         not null,
    deals_won               bigint         not null,
    deals_lost              bigint         not null,
    deals_expired           bigint         not null,
    -- Of the deals won that day; of the deals closed that day that had been protected (approved), how many and the
    -- days of protection they used (from the approval to the close, at most to the last day) and had been granted.
    won_amount              numeric(18, 2) not null,
    deals_protected         bigint         not null,
    protection_days_used    bigint         not null,
    protection_days_granted bigint         not null,
    handovers_offered       bigint         not null,
    handovers_accepted      bigint         not null,
    handovers_unassigned    bigint         not null,
    -- Of the accepted handovers: seconds (to the microsecond) from the offer to the acceptance, and the sum of the
    -- turns (1 = the first partner asked) at which they were accepted.
    acceptance_seconds      numeric(24, 6) not null,
    acceptance_turns        bigint         not null,
    -- Requests answered, by the deadline the routing set (or without one) or after it. The open ones are not here: whether
    -- one is overdue depends on the moment of the page load, so the dashboard counts them (few: only the open) itself.
    requests_in_time        bigint         not null,
    requests_late           bigint         not null,
    -- The period is a range of days: the key leads with the day.
    primary key (on_day, region, tier, kind)
);

-- The open requests of a period, which the dashboard counts itself (see above): a range of the open ones only, not of
-- every request ever received (not partial: the tests' H2 has no partial indexes).
create index ix_partner_request_state_created on partner_request (state, created_at);
