-- Once, with the application stopped, when the code that passes these variables as transient (routing-only, see the
-- README "Adding a process step") meets a database whose running instances stored them: the engine refuses a
-- transient value for a name the instance holds stored. The stored copies are read by nothing (each is read only by
-- the gateway right after the step that set it), so dropping them changes no path. They are strings and booleans:
-- no byte array rows; at history level "activity" the engine keeps no variable history. PostgreSQL.
delete from act_ru_variable v
using act_ru_execution e, act_re_procdef d,
      (values ('partner-application', 'decision'), ('partner-application', 'basicTrainingPassed'),
              ('training-enrollment', 'decision'), ('training-enrollment', 'seatTaken'),
              ('training-enrollment', 'trainingResult'),
              ('designation-certification', 'decision'), ('designation-certification', 'requirementsMet'),
              ('status-upgrade', 'decision'), ('status-upgrade', 'eligible'),
              ('case-study', 'decision'),
              ('partner-agreement', 'renewalDecision'),
              ('agreement-termination', 'terminationDecision'),
              ('partner-year', 'tierMet'), ('partner-year', 'tierDecision'),
              ('deal-registration', 'conflict'), ('deal-registration', 'reviewDecision'), ('deal-registration', 'outcome'),
              ('project-handover', 'offered'), ('project-handover', 'answer'),
              ('partner-request', 'answer'), ('partner-request', 'decisionNeeded'),
              ('specialist-certification', 'decision'), ('specialist-certification', 'examPassed'),
              ('joint-event', 'decision'), ('joint-event', 'noticeSufficient'), ('joint-event', 'dateAccepted'))
          as routing (process_key, name)
where v.execution_id_ = e.id_ and e.proc_def_id_ = d.id_ and d.key_ = routing.process_key and v.name_ = routing.name;
