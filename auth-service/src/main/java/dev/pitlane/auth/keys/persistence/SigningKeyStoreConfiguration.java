package dev.pitlane.auth.keys.persistence;

import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.keys.application.SigningKeyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;

@Configuration(proxyBeanMethods = false)
class SigningKeyStoreConfiguration {

    @Bean
    SigningKeyStore signingKeyStore(AuthProperties properties, JdbcClient jdbc, PlatformTransactionManager tx) {
        AuthProperties.Keys keys = properties.keys();
        if (keys.fromDirectory()) {
            return new DirectorySigningKeyStore(Path.of(keys.directory()), keys.activeKeyId());
        }
        return new DatabaseSigningKeyStore(jdbc, new TransactionTemplate(tx), new PrivateKeyCipher(keys.secret()),
                properties.accessTokenTtl(), keys.rotationPeriod());
    }
}
