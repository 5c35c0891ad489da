package dev.pitlane.auth.config;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.platform.http.ClientAddressResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets a controller method take a {@link RequestOrigin}: the caller's real address and user agent. */
@Configuration(proxyBeanMethods = false)
class RequestOriginConfiguration implements WebMvcConfigurer {

    private final ClientAddressResolver addresses;

    RequestOriginConfiguration(AuthProperties properties) {
        this.addresses = ClientAddressResolver.trustingBlocks(properties.trustedProxies());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == RequestOrigin.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest webRequest, WebDataBinderFactory binders) {
                HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
                return new RequestOrigin(addresses.resolve(request.getRemoteAddr(),
                        request.getHeader("X-Forwarded-For")), request.getHeader("User-Agent"));
            }
        });
    }
}
