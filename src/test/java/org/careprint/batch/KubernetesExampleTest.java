package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The documented Kubernetes example stays consistent: Indexed, N completions, --shard K/N, merge of N folders. */
class KubernetesExampleTest {
    @Test
    @SuppressWarnings("unchecked")
    void indexedJobAndMergeAgreeOnTheShardCount() throws Exception {
        String text = Files.readString(Path.of("deploy/kubernetes/careprint-indexed-job.yaml"));
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(text).forEach(d -> docs.add((Map<String, Object>) d));
        assertEquals(2, docs.size());
        Map<String, Object> spec = (Map<String, Object>) docs.get(0).get("spec");
        assertEquals("Indexed", spec.get("completionMode"));
        int n = (Integer) spec.get("completions");
        assertEquals(n, spec.get("parallelism"));
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                spec.get("template")).get("spec")).get("containers")).get(0);
        String env = container.get("env").toString();
        assertTrue(env.contains("value=" + n), env);
        String script = container.get("args").toString();
        assertTrue(script.contains("--shard $K/$SHARDS") && script.contains("JOB_COMPLETION_INDEX + 1"), script);
        String merge = docs.get(1).toString();
        for (int k = 1; k <= n; k++) {
            assertTrue(merge.contains("/library/out/shard-" + k), "merge reads shard " + k);
        }
    }
}
