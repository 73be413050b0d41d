package cn.jiangle.ecojustice.bot.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Present only when the simulator plays WeCom ({@link OnSimulatorActive}); with real WeCom credentials none of the
 * simulator's beans, and so none of its endpoints, exist.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnSimulatorActive.class)
@interface SimulatorActive {

}
