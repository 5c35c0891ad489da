package dev.pitlane.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller method's {@code @PreAuthorize} before its arguments are read. Method security alone runs
 * when the method is called, after the body was parsed and validated: a caller without the permission would hear
 * a 400 describing the body (which fields exist, which values pass) instead of a 403. The same expression is
 * checked again by method security when the method runs; that second check costs a map look-up.
 *
 * <p>An expression naming a method argument ({@code #id}) needs the arguments, so it is left to method security.
 */
public class PermissionCheckFirst implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager permissions = new PreAuthorizeAuthorizationManager();

    public PermissionCheckFirst(MethodSecurityExpressionHandler expressions, ApplicationContext context) {
        permissions.setExpressionHandler(expressions);
        permissions.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !checkableWithoutArguments(method)) {
            return true;
        }
        AuthorizationResult result = permissions.authorize(
                () -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(),
                new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                        new Object[method.getMethod().getParameterCount()]));
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    private static boolean checkableWithoutArguments(HandlerMethod method) {
        PreAuthorize rule = rule(method);
        return rule != null && !rule.value().contains("#");
    }

    /** The method's {@code @PreAuthorize}, else its class's; {@code null} without one. */
    public static PreAuthorize rule(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
                PreAuthorize.class);
    }
}
