package dev.partnerprogram.web.registration;

import dev.partnerprogram.identity.RegistrationService.Registration;

/** What the registration page asks for; the domain checks it. */
class RegistrationForm {
    private String companyName;
    private String taxId;
    private String region;
    private String contactName;
    private String email;
    private String phone;
    private String password;
    private String language;

    Registration toRegistration() {
        return new Registration(companyName, taxId, region, contactName, email, phone, password, language);
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
