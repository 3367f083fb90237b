package dev.partnerprogram.web.application;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.partner.PartnerCompany;
import java.util.EnumSet;
import java.util.Set;

/** The application form: the company's details as the partner wants them reviewed. */
class ApplicationForm {
    private String companyName;
    private String region;
    private String website;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Set<PlannedActivity> activities = EnumSet.noneOf(PlannedActivity.class);
    private Integer teamSize;
    private String description;

    /** Starts from what the company gave at registration, so the partner only adds what is new. */
    static ApplicationForm prefilledFrom(PartnerCompany partner) {
        ApplicationForm form = new ApplicationForm();
        form.companyName = partner.getCompanyName();
        form.region = partner.getRegion();
        form.website = partner.getWebsite();
        form.contactName = partner.getContactName();
        form.contactEmail = partner.getContactEmail();
        form.contactPhone = partner.getContactPhone();
        return form;
    }

    ApplicationDetails toDetails() {
        return new ApplicationDetails(companyName, region, website, contactName, contactEmail, contactPhone,
                activities == null ? EnumSet.noneOf(PlannedActivity.class) : activities, teamSize, description);
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public Set<PlannedActivity> getActivities() { return activities; }
    public void setActivities(Set<PlannedActivity> activities) { this.activities = activities; }
    public Integer getTeamSize() { return teamSize; }
    public void setTeamSize(Integer teamSize) { this.teamSize = teamSize; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
