package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.access.application.Permissions;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.tokens.domain.TokenSubject;
import dev.pitlane.auth.users.domain.User;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** A user's access token, with the permissions the matrix gives the user's roles as they are now. */
@Component
class UserTokens {

    private final AccessTokens tokens;
    private final Permissions permissions;

    UserTokens(AccessTokens tokens, Permissions permissions) {
        this.tokens = tokens;
        this.permissions = permissions;
    }

    TokenPair pair(User user, Sessions.Handed session) {
        UUID org = Organization.PLATFORM.equals(user.organizationId()) ? null : user.organizationId();
        AccessTokens.Issued access = tokens.issue(new TokenSubject(user.id().toString(), org, user.roles(),
                permissions.matrix().permissionsOf(user.roles()), user.serviceCenterIds(), user.email(),
                session.token().familyId(), null));
        return new TokenPair(access.value(), access.expiresAt(), session.value(), session.token().expiresAt());
    }
}
