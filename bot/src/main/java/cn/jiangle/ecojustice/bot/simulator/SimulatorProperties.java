package cn.jiangle.ecojustice.bot.simulator;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Operator settings of the local WeCom simulator ({@code ecojustice.simulator.*}). The simulated corp's credentials
 * are not settings: {@link SimulatorEnvironment} generates them for every start.
 *
 * @param enabled null (default) = on exactly when no WeCom credentials are configured; false = off; true = on, and
 * startup fails if real credentials are configured
 * @param allowRemote serve the simulator to other machines too; off by default because whoever reaches the page can
 * act as any officer
 * @param historyLimit how many simulated deliveries are kept in memory for the page
 * @param callbackTimeout how long the simulator waits for {@code /wecom/callback} to acknowledge, as WeCom does (5 s)
 * @param openKfId the simulated 微信客服 account
 * @param defendantUserId the WeChat external userid the page starts with for 「我是被告人」
 */
@Validated
@ConfigurationProperties("ecojustice.simulator")
record SimulatorProperties(Boolean enabled, @DefaultValue("false") boolean allowRemote,
		@DefaultValue("2000") @Min(100) @Max(100_000) int historyLimit,
		@DefaultValue("5s") @NotNull Duration callbackTimeout,
		@DefaultValue("wkSimulatorKf000001") @NotBlank String openKfId,
		@DefaultValue("wmSimulatorDefendant01") @NotBlank String defendantUserId) {

}
