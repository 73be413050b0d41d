package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The callback path's storage: the group committer on a connection with bounded timeouts, the local spool, and the
 * bounded {@code db} and {@code wecomSpool} health components.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

	@Bean(destroyMethod = "close")
	CallbackSpool callbackSpool(IntakeProperties properties) {
		CallbackSpool spool = CallbackSpool.open(properties.spool().dir(), properties.spool().maxSize().toBytes());
		log.info("WeCom callback spool in {} (cap {})", spool.directory(), properties.spool().maxSize());
		return spool;
	}

	@Bean
	IntakeCommitter weComIntakeCommitter(IntakeProperties properties, InboundEvents events,
			SqlSessionFactory sessions, CallbackSpool spool, CallbackVerifier verifier, InboundDispatcher dispatcher,
			ObjectProvider<Clock> clocks) {
		DataSource pool = sessions.getConfiguration().getEnvironment().getDataSource();
		CallbackPath database = new CallbackPath(pool, new CallbackPathDataSource(pool, properties.databaseTimeout()));
		return new IntakeCommitter(properties, events, database, spool, spooled -> reopen(verifier, spooled),
				dispatcher::kick, clocks.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	InboundIntake weComInboundIntake(WeComProperties properties, IntakeCommitter committer,
			ObjectProvider<Clock> clocks) {
		return new InboundIntake(committer, properties, clocks.getIfAvailable(Clock::systemUTC));
	}

	// the pool MyBatis uses; the bounded views of it are not beans (they would be more DataSource candidates)

	/** Replaces Spring Boot's unbounded {@code db} check (same name, so readiness can include it). */
	@Bean
	DatabaseHealth dbHealthIndicator(SqlSessionFactory sessions, IntakeProperties properties) {
		// half the callback path's timeout: the pool's own wait for a connection comes on top
		DataSource pool = sessions.getConfiguration().getEnvironment().getDataSource();
		return new DatabaseHealth(new CallbackPathDataSource(pool, properties.databaseTimeout().dividedBy(2)));
	}

	@Bean
	CallbackSpoolHealth wecomSpoolHealthIndicator(CallbackSpool spool) {
		return new CallbackSpoolHealth(spool);
	}

	private static Optional<NewInboundEvent> reopen(CallbackVerifier verifier, SpooledCallback spooled) {
		try {
			return Optional.of(InboundIntake.toEvent(verifier.openSpooled(spooled)));
		}
		catch (CallbackRejected ex) {
			log.debug("Spooled callback rejected on replay: {}", ex.getMessage());
			return Optional.empty();
		}
	}

}
