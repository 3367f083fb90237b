-- A company whose agreement was terminated has left the program (the day it left): it keeps its last tier for the
-- public verification page and its history, and may apply to join again; the grant of a new status clears the mark.
alter table partner_company add column left_program_on date;

update partner_company set left_program_on = (
    select a.ended_on from partner_agreement a
    where a.id = (select max(l.id) from partner_agreement l where l.partner_id = partner_company.id)
      and a.state = 'TERMINATED')
where exists (select 1 from partner_agreement a where a.partner_id = partner_company.id and a.state = 'TERMINATED');

-- A handover offer withdrawn from a partner whose agreement was suspended or terminated says why; the partner reads it.
alter table handover_offer add column withdrawal_reason varchar(2000);
