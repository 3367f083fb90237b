package dev.partnerprogram.web.system.security;

/** Told of a password the application has just stored, so that signing in with it right away costs no second slow hash. */
public interface FreshCredentials {

    /** Call only after the transaction that stored the password has committed. */
    void justSet(String username, String password);

    /** The account's roles changed or it was deactivated: a remembered password must be checked again at once. */
    default void changed(String username) {}
}
