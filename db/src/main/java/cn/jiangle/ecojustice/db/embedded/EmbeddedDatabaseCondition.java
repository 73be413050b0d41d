package cn.jiangle.ecojustice.db.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no {@code spring.datasource.url} is configured (blank counts as unset). */
public class EmbeddedDatabaseCondition extends SpringBootCondition {

	public static final String URL_PROPERTY = "spring.datasource.url";

	/** Whether the application runs on the embedded database in {@code environment}. */
	public static boolean applies(Environment environment) {
		return !StringUtils.hasText(environment.getProperty(URL_PROPERTY));
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return applies(context.getEnvironment()) ? ConditionOutcome.match(URL_PROPERTY + " is not set")
				: ConditionOutcome.noMatch(URL_PROPERTY + " is set");
	}

}
