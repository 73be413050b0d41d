package cn.jiangle.ecojustice.bot;

import java.util.Map;
import java.util.Set;

import cn.jiangle.ecojustice.jobs.modularityprobe.JobReachingIntoTheBot;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Guards the module graph (bot → knowledge, jobs, db; jobs → db) and keeps feature packages free of cycles. Maven
 * already stops a module from seeing modules it does not declare; this also catches a dependency declared by mistake
 * and cycles between features inside a module.
 */
class ModularityTests {

	private static final String ROOT = "cn.jiangle.ecojustice.";

	/** Which modules each module may use (besides itself). */
	private static final Map<String, Set<String>> ALLOWED = Map.of("bot", Set.of("knowledge", "jobs", "db"), "jobs",
			Set.of("db"), "db", Set.of(), "knowledge", Set.of());

	/**
	 * Every project class, whatever module holds it, uses only modules its own may use. Applied to all project
	 * classes (never an empty set), so it covers jobs as soon as jobs has classes and cannot pass vacuously.
	 */
	static final ArchRule MODULE_GRAPH = classes().that()
		.resideInAPackage("cn.jiangle.ecojustice..")
		.should(new ArchCondition<JavaClass>("use only the modules their module may use " + ALLOWED) {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String from = module(origin);
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String to = module(dependency.getTargetClass());
					if (to != null && !to.equals(from)
							&& !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
						events.add(SimpleConditionEvent.violated(dependency,
								"module " + from + " uses module " + to + ": " + dependency.getDescription()));
					}
				}
			}

		});

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		// the db test-jar (shared test support) is on the classpath too: production classes only
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
			.importPackages("cn.jiangle.ecojustice");
	}

	@Test
	void everyModuleIsOnTheClasspath() {
		assertThat(classes.stream().map(c -> c.getPackageName().split("\\.")[3]).distinct())
			.contains("bot", "db", "knowledge");
	}

	@Test
	void dbDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("cn.jiangle.ecojustice.db..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.jiangle.ecojustice.bot..", "cn.jiangle.ecojustice.jobs..",
					"cn.jiangle.ecojustice.knowledge..")
			.check(classes);
	}

	@Test
	void knowledgeNeedsNoDatabaseNoChannelNoJobs() {
		noClasses().that()
			.resideInAPackage("cn.jiangle.ecojustice.knowledge..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.jiangle.ecojustice.bot..", "cn.jiangle.ecojustice.jobs..",
					"cn.jiangle.ecojustice.db..", "org.apache.ibatis..", "me.chanjar..")
			.check(classes);
	}

	@Test
	void conversationsAndFlowsSpeakChannelNeutralMessagesNotWeCom() {
		// issue 9: flows produce channel-neutral messages (bot.messages); only the channel itself, the simulator of
		// it and the application's wiring know WeCom
		noClasses().that()
			.resideInAPackage("cn.jiangle.ecojustice.bot..")
			.and()
			.resideOutsideOfPackages("cn.jiangle.ecojustice.bot.wecom..", "cn.jiangle.ecojustice.bot.simulator..",
					"cn.jiangle.ecojustice.bot")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.jiangle.ecojustice.bot.wecom..", "me.chanjar..")
			.check(classes);
	}

	@Test
	void everyModuleUsesOnlyTheModulesItMay() {
		MODULE_GRAPH.check(classes);
	}

	@Test
	void theModuleRuleCatchesAJobReachingIntoTheBot() {
		// a test-only class in a jobs package that uses the bot: the rule must fail on it
		JavaClasses probe = new ClassFileImporter().importClasses(JobReachingIntoTheBot.class,
				EcoJusticeApplication.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> MODULE_GRAPH.check(probe))
			.withMessageContaining("module jobs uses module bot");
	}

	private static String module(JavaClass javaClass) {
		String name = javaClass.getPackageName();
		if (!name.startsWith(ROOT)) {
			return null;
		}
		String rest = name.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("cn.jiangle.ecojustice.(*).(*)..").should().beFreeOfCycles().check(classes);
	}

}
