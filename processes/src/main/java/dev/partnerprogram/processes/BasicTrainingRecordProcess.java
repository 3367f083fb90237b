package dev.partnerprogram.processes;

/**
 * The names in {@code bpmn/basic-training-record.bpmn}: a stand-in in which training staff record a basic-course
 * result until the training-enrollment process exists; that process will send the same message instead.
 */
public final class BasicTrainingRecordProcess {
    public static final String KEY = "basic-training-record";
    public static final String RESOURCE = "bpmn/basic-training-record.bpmn";

    public static final ProcessVariable<Long> APPLICATION_ID = PartnerApplicationProcess.APPLICATION_ID;
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<Boolean> TRAINING_PASSED = ProcessVariable.booleanVariable("trainingPassed");

    public static final String START = "start_basic_training_requested";
    public static final String USER_RECORD_BASIC_TRAINING = "user_record_basic_training";
    public static final String GATEWAY_TRAINING_RESULT = "gateway_training_result";
    public static final String SERVICE_REPORT_BASIC_TRAINING_PASSED = "service_report_basic_training_passed";
    public static final String END_BASIC_TRAINING_PASSED = "end_basic_training_passed";

    private BasicTrainingRecordProcess() {}
}
