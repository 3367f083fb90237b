package dev.partnerprogram.request;

/** OPEN until the answering group answers: DONE (help given, materials sent, consultation held, place given) or DECLINED. */
public enum PartnerRequestState { OPEN, DONE, DECLINED }
