package io.factordesk.service;

import io.factordesk.cache.OfficerRepository;
import io.factordesk.domain.Officer;
import io.factordesk.security.PasswordHasher;
import java.util.Arrays;

/**
 * Checks an officer's login and password against the cache. Unknown login and wrong password give the
 * same refusal, so the answer does not tell which logins exist. The password array is wiped afterwards.
 */
public final class SignInService {

    private final OfficerRepository officers;
    private final PasswordHasher hasher;

    public SignInService(OfficerRepository officers, PasswordHasher hasher) {
        this.officers = officers;
        this.hasher = hasher;
    }

    /** @throws SignInRefusedException when the login is unknown, the password wrong or the officer inactive */
    public Officer signIn(String login, char[] password) {
        try {
            String name = login == null ? "" : login.strip();
            String stored = officers.passwordHash(name).orElse(null);
            if (stored == null || !hasher.verify(password, stored)) {
                throw new SignInRefusedException(SignInRefusedException.Reason.WRONG_PASSWORD, name);
            }
            Officer officer = officers.findByLogin(name).orElseThrow(() ->
                    new SignInRefusedException(SignInRefusedException.Reason.WRONG_PASSWORD, name));
            if (!officer.active()) {
                throw new SignInRefusedException(SignInRefusedException.Reason.INACTIVE, name);
            }
            return officer;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
