package dev.salient.entity;

/**
 * One mention of an entity, in cleaned-text offsets.
 *
 * @param sentence index of the sentence the mention is in
 * @param start offset of the first character in the cleaned text
 * @param end offset after the last character in the cleaned text
 * @param firstToken index of the mention's first token in its sentence
 * @param tokenCount number of tokens the mention spans
 * @param surface the mention as written (cleaned)
 */
public record EntityMention(
    int sentence, int start, int end, int firstToken, int tokenCount, String surface) {}
