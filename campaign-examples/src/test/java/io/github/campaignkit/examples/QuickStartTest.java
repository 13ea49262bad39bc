package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README's quick start is the body of {@link QuickStart#run()}, and its property example the body of
 * {@code ReserveProperties}, so that both compile and run.
 */
class QuickStartTest {

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    @Test
    void readmeQuickStartIsTheCompiledOne() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- quick-start -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a ```java block after <!-- quick-start -->").isTrue();
        String source = Files.readString(Path.of("src/main/java/io/github/campaignkit/examples/QuickStart.java"),
                StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("MemberId lead ="), source.indexOf("return campaign;"));
        assertThat(lines(block.group(1))).isEqualTo(lines(body));
    }

    @Test
    void readmePropertyIsTheOneThatRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- user-property -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a ```java block after <!-- user-property -->").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/campaignkit/examples/ReserveProperties.java"),
                StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("// readme:begin") + "// readme:begin".length(),
                source.indexOf("// readme:end"));
        assertThat(lines(block.group(1))).isEqualTo(lines(body));
    }

    @Test
    void quickStartPrintsTheRefusalAndMovesOn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var campaign = new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("[错误] profile.departments：尚未指定参与部门。", "[错误] team.members：团队尚未指定总负责人。",
                "准备 / revision 3", "第 3 版 · zhang.jingli 推进了阶段", "true");
        assertThat(campaign.stage()).isEqualTo(Stage.PREPARATION);
    }
}
