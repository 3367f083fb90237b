package dev.partnerprogram.web.inbox;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A task's answer: the decision and comment every task knows, and the task's own fields by name. */
class TaskForm {
    private String decision;
    private String comment;
    private Map<String, String> fields = new HashMap<>();

    /** A multichoice field arrives as a comma-separated list of the checked options. */
    public boolean isChecked(String field, String option) {
        String value = fields.get(field);
        return value != null && Arrays.asList(value.split(",")).contains(option);
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Map<String, String> getFields() { return fields; }
    public void setFields(Map<String, String> fields) { this.fields = fields; }
}
