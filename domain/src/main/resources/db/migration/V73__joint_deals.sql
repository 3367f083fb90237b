-- Joint sales: a deal the partner sells together with the vendor; a manager approves its individual discount and the
-- partner's share of the revenue with the registration.

alter table deal add column joint boolean not null default false;
alter table deal add column joint_discount numeric(5, 2);
alter table deal add column partner_share numeric(5, 2);
alter table deal add constraint ck_deal_joint_discount check (joint_discount is null or (joint_discount > 0 and joint_discount <= 100));
alter table deal add constraint ck_deal_partner_share check (partner_share is null or (partner_share > 0 and partner_share <= 100));
