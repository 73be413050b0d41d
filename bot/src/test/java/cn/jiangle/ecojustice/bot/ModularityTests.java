package cn.jiangle.ecojustice.bot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the module graph (bot → knowledge, jobs, db; jobs → db) and keeps feature packages free of cycles. Maven
 * already stops a module from seeing modules it does not declare; this also catches a dependency declared by mistake
 * and cycles between features inside a module.
 */
class ModularityTests {

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
	void jobsDependOnlyOnDb() {
		noClasses().that()
			.resideInAPackage("cn.jiangle.ecojustice.jobs..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.jiangle.ecojustice.bot..", "cn.jiangle.ecojustice.knowledge..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("cn.jiangle.ecojustice.(*).(*)..").should().beFreeOfCycles().check(classes);
	}

}
