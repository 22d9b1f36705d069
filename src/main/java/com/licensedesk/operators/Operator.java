package com.licensedesk.operators;

import com.licensedesk.session.Role;
import java.time.Instant;

/** A member of the desk's staff as スタッフ管理 lists them; {@code twoFactor}: signs in with an authenticator code too. */
public record Operator(long id, String loginId, String name, Role role, boolean active, Instant createdAt,
                       boolean twoFactor) {
}
