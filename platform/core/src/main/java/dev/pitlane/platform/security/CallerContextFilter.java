package dev.pitlane.platform.security;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the token's caller into the {@link TenantContext} (and the organization into the log context) for the
 * rest of the request, and takes it away afterwards so a pooled thread never carries it on.
 */
public class CallerContextFilter extends OncePerRequestFilter {

    private final CallerFromJwt callers;

    public CallerContextFilter(CallerFromJwt callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = callers.read(jwt.getToken());
        TenantContext.set(caller);
        if (caller.organizationId() != null) {
            MDC.put("organizationId", caller.organizationId().toString());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove("organizationId");
        }
    }
}
