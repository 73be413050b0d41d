package cn.jiangle.ecojustice.knowledge.index;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/** A search hit: the chunk, its BM25 score, and a snippet with the matching words in **bold**. */
public record ScoredChunk(Chunk chunk, double score, String snippet) {
}
