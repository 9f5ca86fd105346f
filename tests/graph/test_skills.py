"""Skills gaps and knowledge without a voice."""

NEEDS = {"skills_needed": ["Evaluation", "finance"]}


def _skills(a: list[str], b: list[str]) -> dict:
    return {
        "a": {"role": "partner", "skills": a, "label": "Alpha"},
        "b": {"role": "partner", "skills": b},
        "s": {"role": "stakeholder", "skills": ["evaluation"], "label": "University"},
    }


def test_needed_skill_no_partner_has(build, run):
    findings = run("skills-gap", build(_skills(["Finance"], ["youth work"]), [], **NEEDS))
    # Evaluation: needed, and only the stakeholder has it. Finance, held by one partner
    # only, is complementarity: the skills matrix shows it, not a finding.
    assert [(f.nodes, f.severity, f.subject) for f in findings] == [
        (("s",), "high", "evaluation"),
    ]
    assert findings[0].explanation.endswith("University, outside the partnership, does.")


def test_no_skills_gap_when_needs_are_shared(build, fired):
    nodes = _skills(["finance", "evaluation"], ["Finance", "Evaluation "])
    assert fired("skills-gap", build(nodes, [], **NEEDS)) == []


def test_a_skill_only_one_partner_brings_is_no_finding(build, fired):
    assert fired("skills-gap", build(_skills(["finance"], ["finance", "law"]), [])) == []


def test_skills_gap_needs_skills(build, run):
    findings = run("skills-gap", build({"a": {"role": "partner"}}, [], **NEEDS))
    assert [f.not_enough_data for f in findings] == [True]


VOICE = {
    "a": {"skills": ["finance"]},
    "b": {"skills": ["lived experience"], "label": "Home Voices"},
    "board": {"kind": "forum"},
}


def test_unique_knowledge_without_a_vote(build, run, fired):
    findings = run("knowledge-without-voice", build(VOICE, [("a", "board", "member_of")]))
    assert [(f.nodes, f.severity) for f in findings] == [(("b",), "medium")]
    assert findings[0].explanation == (
        "Home Voices is the only one to bring lived experience, but has no vote on any forum."
    )
    seated = [("a", "board", "member_of"), ("b", "board", "member_of")]
    assert fired("knowledge-without-voice", build(VOICE, seated)) == []


def test_observer_and_non_voting_seats_are_no_vote(build, fired):
    observer = [("a", "board", "member_of"), ("b", "board", "member_of", {"role": "observer"})]
    assert fired("knowledge-without-voice", build(VOICE, observer)) == [("b",)]
    # A seat that records no vote, other than an observer's, votes; one that says no
    # does not, whatever other seats record.
    votes = [
        ("a", "board", "member_of", {"voting": True}),
        ("b", "board", "member_of", {"role": "member"}),
    ]
    assert fired("knowledge-without-voice", build(VOICE, votes)) == []
    votes[1] = ("b", "board", "member_of", {"role": "member", "voting": False})
    assert fired("knowledge-without-voice", build(VOICE, votes)) == [("b",)]


def test_giving_knowledge_to_two_others_without_a_vote(build, fired):
    nodes = {"a": {}, "c": {}, "d": {}, "board": {"kind": "forum"}}
    edges = [
        ("a", "board", "member_of"),
        ("d", "board", "member_of"),
        ("c", "a", "resource", {"resource": "knowledge"}),
    ]
    assert fired("knowledge-without-voice", build(nodes, edges)) == []
    edges.append(("c", "d", "resource", {"resource": "data"}))
    assert fired("knowledge-without-voice", build(nodes, edges)) == [("c",)]


def test_knowledge_without_voice_needs_forums(build, run):
    findings = run("knowledge-without-voice", build({"a": {"skills": ["x"]}}, []))
    assert [f.not_enough_data for f in findings] == [True]
