package cn.jiangle.ecojustice.bot;

import java.util.Arrays;

import cn.jiangle.ecojustice.db.DbCommandLine;
import cn.jiangle.ecojustice.knowledge.KnowledgeCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The assistant. {@code java -jar ecojustice.jar} starts the server; {@code java -jar ecojustice.jar kb …} runs the
 * knowledge-base command line without Spring, a database or WeCom (see knowledge/README.md);
 * {@code java -jar ecojustice.jar db reencrypt} re-encrypts the sealed columns after a key rotation (db/README.md).
 */
@SpringBootApplication
public class EcoJusticeApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("kb")) {
			System.exit(KnowledgeCli.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("db")) {
			System.exit(DbCommandLine.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(EcoJusticeApplication.class, args);
	}

}
