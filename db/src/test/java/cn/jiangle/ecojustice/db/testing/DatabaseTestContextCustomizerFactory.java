package cn.jiangle.ecojustice.db.testing;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in the test-jar's {@code META-INF/spring.factories}; acts on classes annotated {@link DatabaseTest}. */
class DatabaseTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!TestContextAnnotationUtils.hasAnnotation(testClass, DatabaseTest.class)) {
			return null;
		}
		return new DatabaseTestContextCustomizer(testClass);
	}

}
