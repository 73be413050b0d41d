package cn.jiangle.ecojustice.knowledge;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * The command line writes JSON lines on stdout, so logging must never go there: logback (present in the application
 * jar) is reset to a single WARN appender on stderr before anything logs. Without logback nothing is changed.
 */
final class CliLogging {

	private CliLogging() {
	}

	/** Sends all logging at WARN and above to {@code err} (the process's stderr when run from main). */
	static void toStderr(PrintStream err) {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory.getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
			Logback.configure(factory, err);
		}
	}

	/** Touches logback classes only when logback is the binding. */
	private static final class Logback {

		static void configure(ILoggerFactory factory, PrintStream err) {
			LoggerContext context = (LoggerContext) factory;
			context.reset();
			PatternLayoutEncoder encoder = new PatternLayoutEncoder();
			encoder.setContext(context);
			encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
			encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
			encoder.start();
			OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
			appender.setContext(context);
			appender.setName("stderr");
			appender.setEncoder(encoder);
			// stopping the appender must not close the caller's stream
			appender.setOutputStream(new FilterOutputStream(err) {
				@Override
				public void close() throws IOException {
					flush();
				}
			});
			appender.start();
			ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.setLevel(Level.WARN);
			root.addAppender(appender);
		}

	}

}
