package dev.partnerprogram.identity;

import java.util.List;
import java.util.Set;

/** A new staff account as an administrator describes it. */
public record StaffAccount(String username, String displayName, String email, String language, Set<Role> roles,
                           List<String> groups) {}
