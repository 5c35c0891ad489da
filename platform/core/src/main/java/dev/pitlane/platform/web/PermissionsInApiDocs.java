package dev.pitlane.platform.web;

import dev.pitlane.platform.security.PermissionCheckFirst;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in each operation of the OpenAPI document the permissions its {@code @PreAuthorize} asks for, as
 * {@code x-permissions} (any one of them lets a caller in) and in the description, so a client (and the end-to-end
 * test that tries every endpoint without them) need not read the code.
 */
class PermissionsInApiDocs implements OperationCustomizer {

    private static final Pattern AUTHORITY = Pattern.compile("'([^']+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        PreAuthorize rule = PermissionCheckFirst.rule(handlerMethod);
        if (rule == null) {
            return operation;
        }
        List<String> permissions = new ArrayList<>();
        Matcher m = AUTHORITY.matcher(rule.value());
        while (m.find()) {
            permissions.add(m.group(1));
        }
        if (permissions.isEmpty()) {
            return operation;
        }
        operation.addExtension("x-permissions", permissions);
        String needs = "Needs " + (permissions.size() == 1 ? "the permission " : "one of the permissions ")
                + String.join(", ", permissions) + ".";
        operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + "\n\n"
                + needs);
        return operation;
    }
}
