-- The staff's partner list pages by name; filtered by tier it reads the tier's companies in name order.
create index ix_partner_company_name on partner_company (company_name, id);
create index ix_partner_company_status_name on partner_company (status, company_name, id);
