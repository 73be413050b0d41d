package cn.jiangle.ecojustice.db.crypto;

import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseCondition;
import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The field cipher and the MyBatis type handler that applies it. */
@AutoConfiguration
@EnableConfigurationProperties({ CryptoProperties.class, EmbeddedDatabaseProperties.class })
public class CryptoAutoConfiguration {

	@Bean
	FieldCipher fieldCipher(CryptoProperties properties, EmbeddedDatabaseProperties embedded, Environment environment) {
		boolean zeroSetup = EmbeddedDatabaseCondition.applies(environment);
		return CryptoKeys.cipher(properties,
				zeroSetup ? embedded.secretsDir().resolve("crypto.properties") : null);
	}

	@Bean
	EncryptedStringTypeHandler encryptedStringTypeHandler(FieldCipher fieldCipher) {
		return new EncryptedStringTypeHandler(fieldCipher);
	}

}
