package dev.partnerprogram.casestudy;

/** IN_REVIEW until marketing decides; APPROVED ones show on the partner's directory page. */
public enum CaseStudyState { IN_REVIEW, APPROVED, REJECTED }
