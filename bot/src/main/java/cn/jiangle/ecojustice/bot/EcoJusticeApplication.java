package cn.jiangle.ecojustice.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "cn.jiangle.ecojustice")
public class EcoJusticeApplication {

	public static void main(String[] args) {
		SpringApplication.run(EcoJusticeApplication.class, args);
	}

}
