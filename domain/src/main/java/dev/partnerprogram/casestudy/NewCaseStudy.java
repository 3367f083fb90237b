package dev.partnerprogram.casestudy;

/** What the partner tells: which project, a title and the story; the customer's consent is required. */
public record NewCaseStudy(Long projectId, String title, String summary, Boolean customerConsent) {}
