package dev.partnerprogram.identity;

import java.util.List;
import java.util.Set;

/** A change of a staff account; a null part is left as it is. */
public record StaffChange(String displayName, Set<Role> roles, List<String> groups, Boolean active) {}
