-- The sales dashboard counts deals by the day each step happened: registered (registered_at), approved (the new
-- approved_on) and closed — won, lost or expired (closed_on, which an expiry now sets too). Handovers and partner
-- requests already keep the instants it reads.

alter table deal add column approved_on date;

-- An approved deal has not moved since its approval (an extension changes no state), so its last change is the
-- approval. Deals that have closed since lost that instant: they count by registration and closure only.
-- The closing of an expired deal was its last change too. Both dates in the seed's program zone (Europe/Moscow).
update deal set approved_on = cast(updated_at at time zone 'Europe/Moscow' as date) where state = 'APPROVED';
update deal set closed_on = cast(updated_at at time zone 'Europe/Moscow' as date) where state = 'EXPIRED' and closed_on is null;

-- Registrations per month of the period: the other deal indexes lead with the partner, the state or the customer, so
-- without this a period would read the whole table.
create index ix_deal_registered_at on deal (registered_at);
-- Approvals and closures per month of the period, likewise (not partial: the tests' H2 has no partial indexes).
create index ix_deal_approved_on on deal (approved_on);
create index ix_deal_closed_on on deal (closed_on);
-- Requests received in the period, by kind: ix_partner_request_kind leads with the kind and the state, so a period
-- across all kinds could not use it as a range.
create index ix_partner_request_created on partner_request (created_at);
-- Handovers need none: the period is a range of ix_handover_created (created_at, id), and the accepted offer of each is
-- found through the unique key (handover_id, partner_id) of handover_offer.
