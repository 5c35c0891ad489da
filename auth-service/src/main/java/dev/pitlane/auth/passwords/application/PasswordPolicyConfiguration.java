package dev.pitlane.auth.passwords.application;

import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.passwords.domain.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PasswordPolicyConfiguration {

    @Bean
    PasswordPolicy passwordPolicy(AuthProperties properties) {
        return new PasswordPolicy(properties.password().minLength(), properties.password().maxLength());
    }
}
