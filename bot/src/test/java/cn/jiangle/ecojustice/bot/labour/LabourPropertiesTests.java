package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.labour.CheckInRules;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabourPropertiesTests {

	@Test
	void theShippedDefaultsAreThe琵琶丘BaseAndItsRates() {
		LabourProperties defaults = bind("");

		assertThat(defaults.defaultSite().name()).isEqualTo("将乐县漠源乡琵琶丘生态司法示范补偿林");
		assertThat(defaults.defaultSite().latitude()).isBetween(26.4, 27.1);
		assertThat(defaults.defaultSite().longitude()).isBetween(117.0, 117.7);
		assertThat(defaults.defaultSite().radiusMetres()).isEqualTo(500);
		assertThat(defaults.dailyWage()).isEqualByComparingTo("150");
		assertThat(defaults.itemRates()).containsExactly(Map.entry("株", new BigDecimal("2.00")),
				Map.entry("亩", new BigDecimal("300.00")));
		assertThat(defaults.itemRate(" 亩 ")).contains(new BigDecimal("300.00"));
		assertThat(defaults.itemRate("棵")).isEmpty();
		assertThat(defaults.pairWindow()).isEqualTo(Duration.ofMinutes(30));
		assertThat(defaults.photoMaxBytes()).isEqualTo(DataSize.ofMegabytes(5));
		assertThat(defaults.checkInWindow().from()).isEqualTo(LocalTime.of(7, 0));
		assertThat(defaults.checkInWindow().to()).isEqualTo(LocalTime.of(18, 0));
		assertThat(defaults.checkInRules()).isEqualTo(CheckInRules.DEFAULTS);
	}

	@Test
	void theDocumentedConfigurationBindsToTheDefaults() throws Exception {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
				new FileSystemResource("../config/application.yml"));
		LabourProperties documented = new Binder(ConfigurationPropertySources.from(sources.get(0)))
			.bindOrCreate("ecojustice.labour", LabourProperties.class);

		assertThat(documented).isEqualTo(bind(""));
	}

	@Test
	void operatorsSetAnotherSiteRatesAndWindow() {
		LabourProperties set = bind("""
				ecojustice:
				  labour:
				    default-site:
				      name: 将乐县高唐镇补植点
				      latitude: 26.7
				      longitude: 117.5
				      radius-metres: 800
				    daily-wage: 180.5
				    item-rates:
				      "[棵]": 1.5
				      "[平方米]": 3
				    pair-window: 1h
				    photo-max-bytes: 2MB
				    check-in-window:
				      from: "06:30"
				      to: "19:00"
				""");

		assertThat(set.defaultSite()).isEqualTo(new LabourProperties.Site("将乐县高唐镇补植点", 26.7, 117.5, 800));
		assertThat(set.dailyWage()).isEqualByComparingTo("180.5");
		assertThat(set.itemRates()).containsExactly(Map.entry("棵", new BigDecimal("1.50")),
				Map.entry("平方米", new BigDecimal("3.00")));
		assertThat(set.pairWindow()).isEqualTo(Duration.ofHours(1));
		assertThat(set.photoMaxBytes()).isEqualTo(DataSize.ofMegabytes(2));
		assertThat(set.checkInWindow()).isEqualTo(new LabourProperties.Window(LocalTime.of(6, 30), LocalTime.of(19, 0)));
	}

	@Test
	void nonsenseStopsStartup() {
		for (String bad : List.of("daily-wage: 0", "daily-wage: -1", "daily-wage: 100000.01", "daily-wage: 150.005",
				"pair-window: 10s", "pair-window: 13h", "photo-max-bytes: 1KB", "photo-max-bytes: 9MB",
				"item-rates: {\"[株]\": 0}", "check-in-window: {from: \"18:00\", to: \"07:00\"}",
				"default-site: {radius-metres: 5}", "default-site: {latitude: 91}", "default-site: {name: \" \"}")) {
			assertThatExceptionOfType(BindException.class).as(bad)
				.isThrownBy(() -> bind("ecojustice:\n  labour:\n    " + bad + "\n"));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabourProperties(new LabourProperties.Site("x", 26.6, 117.3, 500), new BigDecimal("150"),
					Map.of("1株", BigDecimal.ONE), Duration.ofMinutes(30), DataSize.ofMegabytes(5),
					new LabourProperties.Window(LocalTime.of(7, 0), LocalTime.of(18, 0))))
			.withMessageContaining("item-rates");
	}

	private static LabourProperties bind(String yaml) {
		try {
			List<PropertySource<?>> sources = yaml.isEmpty() ? List.of()
					: new YamlPropertySourceLoader().load("test", new ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("ecojustice.labour",
					LabourProperties.class);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
