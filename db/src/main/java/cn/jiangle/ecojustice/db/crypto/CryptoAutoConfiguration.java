package cn.jiangle.ecojustice.db.crypto;

import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseAutoConfiguration;
import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseCondition;
import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseProperties;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The field cipher every sealed column (see {@link SealedColumns}) is written and read with. */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class)
@EnableConfigurationProperties({ CryptoProperties.class, EmbeddedDatabaseProperties.class })
public class CryptoAutoConfiguration {

	@Bean
	FieldCipher fieldCipher(CryptoProperties properties, EmbeddedDatabaseProperties embedded,
			ObjectProvider<EmbeddedMariaDb> embeddedServer, Environment environment) {
		if (!EmbeddedDatabaseCondition.applies(environment)) {
			return CryptoKeys.cipher(properties, null);
		}
		// the embedded server validates the data directory first: never generate keys next to a refused one
		embeddedServer.getIfAvailable();
		return CryptoKeys.cipher(properties, embedded.secretsDir().resolve("crypto.properties"));
	}

	/** Flyway V36 (Spring Boot passes JavaMigration beans to Flyway): it needs the key, so it is a bean. */
	@Bean
	JavaMigration plaintextSealingMigration(FieldCipher fieldCipher) {
		return new PlaintextSealingMigration(fieldCipher);
	}

	/** Flyway V53: reminder subjects typed before they were sealed. */
	@Bean
	JavaMigration reminderSubjectSealingMigration(FieldCipher fieldCipher) {
		return PlaintextSealingMigration.reminderSubjects(fieldCipher);
	}

}
