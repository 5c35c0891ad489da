package dev.pitlane.auth.tokens.application;

import java.util.List;
import java.util.UUID;

/**
 * The email and password are right for accounts in several organizations: the client must say which one. Only
 * raised after the password was checked, so it reveals nothing to someone who does not know it.
 */
public class OrganizationChoiceRequired extends RuntimeException {

    public record Choice(UUID organizationId, String name) {
    }

    private final transient List<Choice> choices;

    public OrganizationChoiceRequired(List<Choice> choices) {
        super("This account exists in several organizations; repeat the request with one organizationId");
        this.choices = List.copyOf(choices);
    }

    public List<Choice> choices() {
        return choices;
    }
}
