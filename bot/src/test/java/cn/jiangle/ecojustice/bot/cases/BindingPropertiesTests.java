package cn.jiangle.ecojustice.bot.cases;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BindingPropertiesTests {

	@Test
	void theCodeIsAppendedAsSceneParam() {
		BindingProperties withQuery = new BindingProperties(
				" https://work.weixin.qq.com/kfid/kfc0123?enc_scene=ENC9 ", Duration.ofDays(7));
		BindingProperties plain = new BindingProperties("https://work.weixin.qq.com/kfid/kfc0123", Duration.ofDays(7));

		assertThat(withQuery.linkFor("ABCDEFGHJKMN"))
			.isEqualTo("https://work.weixin.qq.com/kfid/kfc0123?enc_scene=ENC9&scene_param=ABCDEFGHJKMN");
		assertThat(plain.linkFor("A B")).isEqualTo("https://work.weixin.qq.com/kfid/kfc0123?scene_param=A+B");
		assertThat(new BindingProperties("", Duration.ofDays(7)).linkFor("ABCDEFGHJKMN")).isEmpty();
	}

	@Test
	void badSettingsAreRefusedNamingTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BindingProperties("ftp://x/y", Duration.ofDays(1)))
			.withMessageContaining("ecojustice.binding.kf-link");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BindingProperties("https://x/kfid/k?scene_param=1", Duration.ofDays(1)))
			.withMessageContaining("scene_param");
		assertThatIllegalArgumentException().isThrownBy(() -> new BindingProperties("", Duration.ofMinutes(1)))
			.withMessageContaining("ecojustice.binding.valid-for");
	}

}
