"""Build ``community-planning.json`` and its CSV copy: a fictional community planning
partnership of about a hundred actors, drawn the way a community planning team would.

Who exists and who talks to, funds, reports to or sits with whom is written out by hand
below; ``random.Random(42)`` only fills in the details a team would have looked up (the
date of the last contact, the exact grant amounts), so the file comes out the same every
run. The planted weaknesses are listed in ``README.md``; the dates marked STALE are fixed.

Run from the repository root: ``.venv/bin/python mapper/data/samples/make_community_planning.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from mapper.graph.model import FREQUENCIES, PartnershipMap
from mapper.io.csv import write_csv

HERE = Path(__file__).parent
MAP_DATE = dt.date(2026, 9, 15)

# fmt: off
# id, label, role, category, sector, power, interest, skills, notes
ORGANISATIONS = [
    # Statutory partners
    ("ardmuir-council", "Ardmuir Council", "lead partner", "local authority / public body",
     "public", 5, 4, "community engagement|data analysis|participatory budgeting",
     "Leads the partnership and hosts the community planning team."),
    ("nhs-ardmuir", "NHS Ardmuir and Lochside", "partner", "local authority / public body",
     "public", 5, 3, "public health|health data", "Health board."),
    ("ardmuir-hscp", "Ardmuir Health and Social Care Partnership", "partner",
     "local authority / public body", "public", 4, 4, "social prescribing|commissioning",
     "Integration authority; also hosts the Alcohol and Drug Partnership."),
    ("police-scotland-ardmuir", "Police Scotland (Ardmuir Area Command)", "partner",
     "local authority / public body", "public", 4, 3, "community safety", ""),
    ("sfrs-ardmuir", "Scottish Fire and Rescue Service (Ardmuir)", "partner",
     "local authority / public body", "public", 3, 3, "home fire safety",
     "Home fire safety visits are the main link with the third sector."),
    ("ardmuir-college", "Ardmuir College", "partner", "local authority / public body",
     "public", 3, 3, "adult learning|ESOL", ""),
    ("sds-ardmuir", "Skills Development Scotland (Ardmuir)", "partner",
     "local authority / public body", "public", 3, 3, "careers guidance", ""),
    # Housing
    ("ardmuir-housing-association", "Ardmuir Housing Association", "partner",
     "third sector organisation", "third", 3, 4, "tenancy sustainment",
     "Largest social landlord in the area, 4,200 homes."),
    ("lochside-homes", "Lochside Homes", "partner", "third sector organisation", "third",
     3, 3, "tenancy sustainment", "1,600 homes, mostly in Dunmore and Glenfoot."),
    ("kirkton-braes-housing-coop", "Kirkton and Braes Housing Co-operative", "stakeholder",
     "third sector organisation", "third", 2, 4, "tenant participation", "380 homes."),
    # Third sector interface
    ("third-sector-ardmuir", "Third Sector Ardmuir", "partner", "support organisation",
     "third", 3, 5, "governance support|volunteer management|funding advice",
     "The third sector interface and volunteer centre. The only regular contact many small "
     "community groups have with the partnership."),
    # Funders
    ("beinn-ghlas-fund", "Beinn Ghlas Wind Farm Community Fund", "stakeholder", "funder",
     "private", 3, 2, "",
     "Community benefit fund paid by the wind farm operator; a volunteer panel awards grants "
     "from an online form. No end-of-grant reports are asked for."),
    ("buchanan-orr-foundation", "The Buchanan Orr Foundation", "stakeholder", "funder",
     "third", 4, 3, "", "Family foundation funding anti-poverty work in the west of Scotland."),
    ("scottish-communities-lottery-fund", "Scottish Communities Lottery Fund", "stakeholder",
     "funder", "third", 4, 2, "", ""),
    ("scottish-government", "Scottish Government", "stakeholder", "funder", "public", 5, 2,
     "", "Fair Food, Warmer Homes and third sector interface core funding."),
    # Regulator
    ("scottish-housing-regulator", "Scottish Housing Regulator", "stakeholder",
     "regulator or scrutiny body", "public", 4, 1, "", ""),
    # Businesses
    ("ardmuir-chamber-of-commerce", "Ardmuir Chamber of Commerce", "stakeholder",
     "private sector", "private", 3, 3, "business networks", "140 member businesses."),
    ("glen-ardmuir-distillery", "Glen Ardmuir Distillery", "stakeholder", "private sector",
     "private", 2, 2, "", "Biggest private employer in Glenfoot."),
    ("lochside-coaches", "Lochside Coaches", "stakeholder", "private sector", "private",
     2, 2, "", ""),
    ("strachans-supermarket", "Strachan's Supermarket", "stakeholder", "private sector",
     "private", 2, 2, "", "Gives surplus food to the foodbank and larders."),
    # Charities
    ("ardmuir-foodbank", "Ardmuir Foodbank", "partner", "third sector organisation", "third",
     2, 5, "emergency food", "Church-based; three distribution centres."),
    ("citizens-advice-ardmuir", "Citizens Advice Ardmuir", "partner",
     "third sector organisation", "third", 3, 5, "welfare rights|debt advice", ""),
    ("ardmuir-womens-aid", "Ardmuir Women's Aid", "partner", "third sector organisation",
     "third", 2, 4, "domestic abuse support", ""),
    ("ardmuir-carers-centre", "Ardmuir Carers Centre", "stakeholder",
     "third sector organisation", "third", 2, 4, "carer support", ""),
    ("ardmuir-recovery-cafe", "Ardmuir Recovery Café", "stakeholder",
     "third sector organisation", "third", 1, 5, "peer recovery support",
     "Two part-time staff and 15 volunteers in recovery; open four days a week."),
    ("inverlair-youth-project", "Inverlair Youth Project", "partner",
     "third sector organisation", "third", 2, 5, "youth work", ""),
    ("ardmuir-credit-union", "Ardmuir Credit Union", "stakeholder",
     "third sector organisation", "third", 2, 3, "affordable credit", ""),
    ("age-well-ardmuir", "Age Well Ardmuir", "stakeholder", "third sector organisation",
     "third", 2, 4, "older people's services", ""),
    ("ardmuir-disability-forum", "Ardmuir Disability Forum", "stakeholder",
     "third sector organisation", "third", 1, 4, "accessibility audits", ""),
    ("ardmuir-refugee-welcome", "Ardmuir Refugee Welcome", "stakeholder",
     "third sector organisation", "third", 1, 4, "refugee resettlement support", ""),
    ("braes-development-trust", "Braes Development Trust", "partner", "community group",
     "community", 2, 5, "community asset ownership|community engagement",
     "Community-owned; runs the Braes hub and the community shop."),
    ("ardmuir-mental-health-association", "Ardmuir Association for Mental Health",
     "stakeholder", "third sector organisation", "third", 2, 4, "mental health support", ""),
    ("warm-homes-ardmuir", "Warm Homes Ardmuir", "stakeholder", "third sector organisation",
     "third", 2, 4, "energy advice", ""),
    ("working-ardmuir", "Working Ardmuir", "partner", "third sector organisation", "third",
     2, 4, "employability", "Delivers the council's No One Left Behind key worker service."),
    ("inverlair-community-transport", "Inverlair Community Transport", "stakeholder",
     "third sector organisation", "third", 1, 3, "community transport", ""),
    ("coisir-ardmuir", "Còisir Ardmuir", "stakeholder", "community group", "community",
     1, 2, "", "Gaelic choir; runs Gaelic conversation cafés."),
    # Small community groups
    ("kirkton-mens-shed", "Kirkton Men's Shed", "stakeholder", "community group",
     "community", 1, 3, "", "Set up with the TSI's help in 2024."),
    ("braes-community-garden", "Braes Community Garden", "stakeholder", "community group",
     "community", 1, 3, "", "Grows food for the larder and the foodbank."),
    ("glenfoot-heritage-society", "Glenfoot Heritage Society", "stakeholder",
     "community group", "community", 1, 2, "", ""),
    ("dunmore-community-larder", "Dunmore Community Larder", "stakeholder", "community group",
     "community", 1, 4, "", "Pay-as-you-feel larder in the Dunmore church hall."),
    ("glenfoot-community-hall", "Glenfoot Community Hall Association", "stakeholder",
     "community group", "community", 1, 3, "", ""),
    ("inverlair-village-hall", "Inverlair Village Hall Committee", "stakeholder",
     "community group", "community", 1, 3, "", ""),
    ("ardmuir-youth-fc", "Ardmuir Youth Football Club", "stakeholder", "community group",
     "community", 1, 3, "", "220 players aged 6 to 17."),
    ("dunmore-tenants-association", "Dunmore Tenants and Residents Association",
     "stakeholder", "community group", "community", 1, 4, "", ""),
    ("kirkton-bumps-and-babies", "Kirkton Bumps and Babies", "stakeholder",
     "community group", "community", 1, 3, "", "Parent and toddler group."),
    # Community councils
    ("ardmuir-central-cc", "Ardmuir Central Community Council", "stakeholder",
     "community group", "community", 2, 3, "", ""),
    ("ardmuir-east-cc", "Ardmuir East Community Council", "stakeholder", "community group",
     "community", 2, 3, "", ""),
    ("kirkton-cc", "Kirkton Community Council", "stakeholder", "community group",
     "community", 2, 4, "", ""),
    ("braes-cc", "Braes Community Council", "stakeholder", "community group", "community",
     2, 4, "", ""),
    ("glenfoot-cc", "Glenfoot Community Council", "stakeholder", "community group",
     "community", 2, 3, "", ""),
    ("inverlair-cc", "Inverlair Community Council", "stakeholder", "community group",
     "community", 2, 3, "", ""),
    ("dunmore-cc", "Dunmore Community Council", "stakeholder", "community group",
     "community", 2, 3, "", "Three members; struggling to reach quorum."),
]

# id, label, category, power, interest, skills, notes
GROUPS = [
    ("ardmuir-youth-forum", "Ardmuir Youth Forum", "community group", 1, 4,
     "youth voice", "Elected young people aged 12 to 25."),
    ("poverty-truth-group", "Ardmuir Poverty Truth Group", "service users", 1, 5,
     "lived experience of poverty",
     "People with lived experience of poverty working alongside decision makers."),
    ("new-scots-families", "New Scots families", "service users", 1, 4, "",
     "Resettled refugee families, mostly in Ardmuir East."),
    ("ardmuir-volunteers", "Volunteer Centre volunteers", "community group", 1, 3, "",
     "About 300 people registered with the volunteer centre."),
]

# id, label, notes
FORUMS = [
    ("cpp-board", "Ardmuir Community Planning Board",
     "Meets quarterly; owns the Local Outcomes Improvement Plan."),
    ("health-wellbeing-group", "Health and Wellbeing Delivery Group",
     "Meets every two months; reports to the board."),
    ("community-safety-group", "Community Safety Partnership",
     "Meets every two months; reports to the board."),
    ("employability-group", "Employability and Skills Group",
     "Meets quarterly; senior officers only; reports to the board."),
    ("tackling-poverty-group", "Tackling Poverty Group",
     "Meets monthly; writes the local child poverty action report for the board."),
    ("kirkton-braes-locality-group", "Kirkton and Braes Locality Planning Group",
     "Meets every two months in the Braes hub; reports to the board."),
]

# id, name and job title, organisation, level, power, interest
PEOPLE = [
    ("gillian-baird", "Gillian Baird (Chief Executive)", "ardmuir-council", "strategic", 5, 4),
    ("tom-galbraith", "Cllr Tom Galbraith (Council Leader)", "ardmuir-council", "strategic",
     5, 4),
    ("rhona-sinclair", "Rhona Sinclair (Community Planning Manager)", "ardmuir-council",
     "strategic", 3, 5),
    ("neil-ferguson", "Neil Ferguson (Head of Housing and Communities)", "ardmuir-council",
     "strategic", 4, 4),
    ("iain-crawford", "Iain Crawford (Head of Economic Development)", "ardmuir-council",
     "strategic", 4, 3),
    ("anil-mehta", "Dr Anil Mehta (Director of Public Health)", "nhs-ardmuir", "strategic",
     4, 4),
    ("shona-cairns", "Shona Cairns (Chief Officer)", "ardmuir-hscp", "strategic", 4, 4),
    ("lorna-mcintyre", "Chief Inspector Lorna McIntyre (Local Area Commander)",
     "police-scotland-ardmuir", "strategic", 4, 3),
    ("stuart-moffat", "Group Commander Stuart Moffat (Local Senior Officer)", "sfrs-ardmuir",
     "strategic", 3, 3),
    ("callum-munro", "Dr Callum Munro (Principal)", "ardmuir-college", "strategic", 3, 3),
    ("paul-kennedy", "Paul Kennedy (Area Manager)", "sds-ardmuir", "strategic", 3, 3),
    ("margaret-quinn", "Margaret Quinn (Chief Executive)", "ardmuir-housing-association",
     "strategic", 3, 4),
    ("derek-anderson", "Derek Anderson (Director of Housing)", "lochside-homes", "strategic",
     3, 3),
    ("catriona-bell", "Catriona Bell (Chief Officer)", "third-sector-ardmuir", "strategic",
     3, 5),
    ("alan-thomson", "Alan Thomson (President)", "ardmuir-chamber-of-commerce", "strategic",
     3, 3),
    ("yvonne-burns", "Yvonne Burns (Manager)", "citizens-advice-ardmuir", "strategic", 2, 5),
    ("andrew-gillespie", "Rev. Andrew Gillespie (Chair)", "ardmuir-foodbank", "strategic",
     2, 5),
    ("moira-lennox", "Moira Lennox (Grants Manager)", "buchanan-orr-foundation", "strategic",
     3, 3),
    ("jamie-forsyth", "Jamie Forsyth (Community Development Worker)", "ardmuir-council",
     "operational", 2, 5),
    ("nadia-hussain", "Nadia Hussain (Employability Officer)", "ardmuir-council",
     "operational", 2, 4),
    ("laura-craig", "Laura Craig (Health Improvement Officer)", "nhs-ardmuir", "operational",
     2, 4),
    ("ewan-macdonald", "Ewan MacDonald (Community Link Worker)", "ardmuir-hscp",
     "operational", 1, 5),
    ("scott-lindsay", "PC Scott Lindsay (Community Officer, Kirkton and Braes)",
     "police-scotland-ardmuir", "operational", 2, 4),
    ("karen-shaw", "Watch Commander Karen Shaw (Community Safety Advocate)", "sfrs-ardmuir",
     "operational", 1, 4),
    ("mhairi-campbell", "Mhairi Campbell (Community Learning Tutor)", "ardmuir-college",
     "operational", 1, 4),
    ("sandra-hughes", "Sandra Hughes (Tenancy Sustainment Officer)",
     "ardmuir-housing-association", "operational", 1, 4),
    ("lewis-grant", "Lewis Grant (Community Development Officer)", "third-sector-ardmuir",
     "operational", 2, 5),
    ("anna-kowalska", "Anna Kowalska (Volunteer Centre Coordinator)", "third-sector-ardmuir",
     "operational", 1, 4),
    ("derek-mowat", "Derek Mowat (Money Adviser)", "citizens-advice-ardmuir", "operational",
     1, 5),
    ("heather-milne", "Heather Milne (Foodbank Coordinator)", "ardmuir-foodbank",
     "operational", 1, 5),
    ("connor-boyd", "Connor Boyd (Youth Worker)", "inverlair-youth-project", "operational",
     1, 5),
    ("kerry-walsh", "Kerry Walsh (Outreach Worker)", "ardmuir-womens-aid", "operational",
     1, 4),
    ("martin-reilly", "Martin Reilly (Energy Adviser)", "warm-homes-ardmuir", "operational",
     1, 4),
    ("tracy-dunn", "Tracy Dunn (Employability Key Worker)", "working-ardmuir", "operational",
     1, 4),
    ("donna-kane", "Donna Kane (Café Coordinator)", "ardmuir-recovery-cafe", "operational",
     1, 5),
    ("louise-gray", "Louise Gray (Carer Support Worker)", "ardmuir-carers-centre",
     "operational", 1, 4),
]

# Salience for the actors whose claims the partnership has discussed: legitimacy, urgency.
SALIENCE = {
    "poverty-truth-group": (5, 5),
    "new-scots-families": (4, 4),
    "ardmuir-youth-forum": (4, 3),
    "dunmore-community-larder": (3, 4),
    "ardmuir-recovery-cafe": (4, 5),
    "scottish-government": (5, 2),
    "scottish-housing-regulator": (5, 1),
    "beinn-ghlas-fund": (3, 2),
}

# Communication: a, b, channel, frequency, mutual. Last contact is drawn at random within
# the expected interval, unless STALE gives a fixed date.
COMMUNICATION = [
    # The community planning team and the statutory partners
    ("rhona-sinclair", "gillian-baird", "one-to-one", "fortnightly", True),
    ("rhona-sinclair", "tom-galbraith", "briefing", "monthly", True),
    ("rhona-sinclair", "anil-mehta", "meeting", "monthly", True),
    ("rhona-sinclair", "shona-cairns", "meeting", "monthly", True),
    ("rhona-sinclair", "lorna-mcintyre", "email", "monthly", True),
    ("rhona-sinclair", "stuart-moffat", "email", "monthly", True),
    ("rhona-sinclair", "callum-munro", "email", "quarterly", True),
    ("rhona-sinclair", "paul-kennedy", "email", "quarterly", True),
    ("rhona-sinclair", "catriona-bell", "meeting", "fortnightly", True),
    ("rhona-sinclair", "margaret-quinn", "email", "monthly", True),
    ("rhona-sinclair", "derek-anderson", "email", "quarterly", True),
    ("rhona-sinclair", "jamie-forsyth", "team meeting", "weekly", True),
    ("rhona-sinclair", "iain-crawford", "meeting", "monthly", True),
    ("rhona-sinclair", "neil-ferguson", "meeting", "monthly", True),
    ("ardmuir-council", "third-sector-ardmuir", "partnership agreement review", "quarterly",
     True),
    ("ardmuir-council", "nhs-ardmuir", "officers' group", "monthly", True),
    ("ardmuir-council", "ardmuir-chamber-of-commerce", "business breakfast", "quarterly", True),
    ("ardmuir-council", "dunmore-cc", "community council liaison", "quarterly", True),
    ("ardmuir-council", "kirkton-braes-housing-coop", "email", "quarterly", True),
    ("ardmuir-council", "glenfoot-community-hall", "lease meeting", "yearly", True),
    ("ardmuir-council", "inverlair-village-hall", "lease meeting", "yearly", True),
    ("ardmuir-council", "citizens-advice-ardmuir", "contract monitoring", "quarterly", True),
    ("ardmuir-council", "ardmuir-womens-aid", "contract monitoring", "quarterly", True),
    ("ardmuir-council", "working-ardmuir", "contract monitoring", "monthly", True),
    ("ardmuir-council", "ardmuir-credit-union", "email", "twice a year", True),
    ("ardmuir-council", "ardmuir-disability-forum", "access panel", "quarterly", True),
    ("ardmuir-council", "inverlair-community-transport", "grant monitoring", "yearly", True),
    ("ardmuir-council", "inverlair-youth-project", "grant monitoring", "quarterly", True),
    ("ardmuir-council", "ardmuir-foodbank", "grant monitoring", "twice a year", True),
    ("ardmuir-council", "poverty-truth-group", "meeting", "monthly", True),
    ("ardmuir-council", "police-scotland-ardmuir", "local policing plan", "quarterly", True),
    ("ardmuir-council", "sfrs-ardmuir", "local fire and rescue plan", "quarterly", True),
    ("ardmuir-council", "ardmuir-college", "community learning partnership", "quarterly",
     True),
    ("ardmuir-council", "ardmuir-housing-association", "housing partnership", "quarterly",
     True),
    ("ardmuir-council", "ardmuir-hscp", "integration joint board", "monthly", True),
    ("nhs-ardmuir", "ardmuir-hscp", "integration joint board", "monthly", True),
    ("sds-ardmuir", "ardmuir-college", "school-college partnership", "quarterly", True),
    ("police-scotland-ardmuir", "sfrs-ardmuir", "joint tasking", "monthly", True),
    ("sfrs-ardmuir", "ardmuir-housing-association", "home fire safety referrals", "monthly",
     True),
    ("scottish-government", "ardmuir-council", "circulars and returns", "monthly", True),
    ("gillian-baird", "tom-galbraith", "meeting", "weekly", True),
    ("gillian-baird", "anil-mehta", "meeting", "quarterly", True),
    ("anil-mehta", "shona-cairns", "meeting", "fortnightly", True),
    ("lorna-mcintyre", "stuart-moffat", "meeting", "monthly", True),
    ("callum-munro", "paul-kennedy", "meeting", "quarterly", True),
    ("iain-crawford", "alan-thomson", "meeting", "monthly", True),
    ("alan-thomson", "ardmuir-chamber-of-commerce", "members' meeting", "monthly", True),
    ("iain-crawford", "paul-kennedy", "meeting", "monthly", True),
    ("neil-ferguson", "margaret-quinn", "meeting", "monthly", True),
    ("neil-ferguson", "derek-anderson", "meeting", "quarterly", True),
    ("catriona-bell", "shona-cairns", "integration joint board", "monthly", True),
    ("catriona-bell", "yvonne-burns", "phone", "monthly", True),
    ("catriona-bell", "andrew-gillespie", "phone", "monthly", True),
    ("catriona-bell", "moira-lennox", "email", "quarterly", True),
    ("rhona-sinclair", "moira-lennox", "funders' forum", "quarterly", True),
    # The third sector interface and its members
    ("third-sector-ardmuir", "ardmuir-foodbank", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "citizens-advice-ardmuir", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-womens-aid", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-carers-centre", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-recovery-cafe", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "inverlair-youth-project", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "age-well-ardmuir", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-disability-forum", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-refugee-welcome", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "braes-development-trust", "phone", "monthly", True),
    ("third-sector-ardmuir", "ardmuir-mental-health-association", "network meeting",
     "monthly", True),
    ("third-sector-ardmuir", "warm-homes-ardmuir", "network meeting", "monthly", True),
    ("third-sector-ardmuir", "coisir-ardmuir", "email", "quarterly", True),
    ("third-sector-ardmuir", "ardmuir-youth-fc", "email", "quarterly", True),
    ("third-sector-ardmuir", "beinn-ghlas-fund", "email", "quarterly", True),
    ("third-sector-ardmuir", "ardmuir-volunteers", "volunteer bulletin", "monthly", True),
    # Reached only through the TSI
    ("third-sector-ardmuir", "kirkton-mens-shed", "phone", "monthly", True),
    ("third-sector-ardmuir", "braes-community-garden", "email", "monthly", True),
    ("third-sector-ardmuir", "glenfoot-heritage-society", "email", "quarterly", True),
    ("third-sector-ardmuir", "dunmore-community-larder", "phone", "monthly", True),
    ("third-sector-ardmuir", "kirkton-bumps-and-babies", "email", "quarterly", True),
    # Funders and their grantees
    ("buchanan-orr-foundation", "ardmuir-foodbank", "grant monitoring", "twice a year", True),
    ("buchanan-orr-foundation", "citizens-advice-ardmuir", "grant monitoring", "twice a year",
     True),
    ("buchanan-orr-foundation", "inverlair-youth-project", "grant monitoring", "twice a year",
     True),
    ("buchanan-orr-foundation", "ardmuir-womens-aid", "grant monitoring", "twice a year", True),
    ("buchanan-orr-foundation", "age-well-ardmuir", "grant monitoring", "twice a year", True),
    ("buchanan-orr-foundation", "ardmuir-refugee-welcome", "grant monitoring", "twice a year",
     True),
    ("buchanan-orr-foundation", "ardmuir-mental-health-association", "grant monitoring",
     "twice a year", True),
    ("buchanan-orr-foundation", "ardmuir-disability-forum", "grant monitoring", "yearly",
     True),
    ("scottish-communities-lottery-fund", "ardmuir-carers-centre", "grant monitoring",
     "yearly", True),
    ("scottish-communities-lottery-fund", "braes-development-trust", "grant monitoring",
     "twice a year", True),
    ("scottish-communities-lottery-fund", "inverlair-youth-project", "grant monitoring",
     "yearly", True),
    ("scottish-communities-lottery-fund", "inverlair-community-transport", "grant monitoring",
     "yearly", True),
    ("scottish-communities-lottery-fund", "ardmuir-mental-health-association",
     "grant monitoring", "yearly", True),
    ("scottish-communities-lottery-fund", "age-well-ardmuir", "grant monitoring", "yearly",
     True),
    ("scottish-government", "third-sector-ardmuir", "grant monitoring", "twice a year", True),
    ("scottish-government", "warm-homes-ardmuir", "grant monitoring", "twice a year", True),
    ("scottish-government", "ardmuir-credit-union", "grant monitoring", "yearly", True),
    ("scottish-government", "ardmuir-refugee-welcome", "grant monitoring", "twice a year",
     True),
    ("beinn-ghlas-fund", "braes-cc", "panel meeting", "twice a year", True),
    ("beinn-ghlas-fund", "glenfoot-cc", "panel meeting", "twice a year", True),
    ("beinn-ghlas-fund", "inverlair-cc", "panel meeting", "twice a year", True),
    ("ardmuir-hscp", "ardmuir-carers-centre", "contract monitoring", "quarterly", True),
    ("ardmuir-hscp", "ardmuir-recovery-cafe", "grant monitoring", "quarterly", True),
    ("ardmuir-hscp", "age-well-ardmuir", "contract monitoring", "quarterly", True),
    ("ardmuir-hscp", "ardmuir-mental-health-association", "contract monitoring", "quarterly",
     True),
    ("nhs-ardmuir", "warm-homes-ardmuir", "grant monitoring", "twice a year", True),
    ("sds-ardmuir", "working-ardmuir", "contract monitoring", "quarterly", True),
    ("ardmuir-housing-association", "scottish-housing-regulator", "annual return", "yearly",
     True),
    ("lochside-homes", "scottish-housing-regulator", "annual return", "yearly", True),
    ("kirkton-braes-housing-coop", "scottish-housing-regulator", "annual return", "yearly",
     True),
    # Community development with community councils and community groups
    ("jamie-forsyth", "ardmuir-central-cc", "meeting", "monthly", True),
    ("jamie-forsyth", "ardmuir-east-cc", "meeting", "monthly", True),
    ("jamie-forsyth", "kirkton-cc", "meeting", "monthly", True),
    ("jamie-forsyth", "braes-cc", "meeting", "monthly", True),
    ("jamie-forsyth", "glenfoot-cc", "meeting", "monthly", True),
    ("jamie-forsyth", "inverlair-cc", "meeting", "quarterly", True),
    ("jamie-forsyth", "dunmore-tenants-association", "meeting", "monthly", True),
    ("jamie-forsyth", "ardmuir-youth-forum", "youth forum meeting", "fortnightly", True),
    ("jamie-forsyth", "poverty-truth-group", "meeting", "monthly", True),
    ("jamie-forsyth", "braes-development-trust", "phone", "fortnightly", True),
    ("jamie-forsyth", "lewis-grant", "phone", "weekly", True),
    ("jamie-forsyth", "scott-lindsay", "phone", "fortnightly", True),
    ("jamie-forsyth", "glenfoot-community-hall", "email", "quarterly", True),
    ("lewis-grant", "dunmore-tenants-association", "meeting", "monthly", True),
    ("lewis-grant", "inverlair-village-hall", "email", "quarterly", True),
    ("lewis-grant", "catriona-bell", "team meeting", "weekly", True),
    ("anna-kowalska", "ardmuir-volunteers", "volunteer bulletin", "fortnightly", True),
    ("anna-kowalska", "catriona-bell", "team meeting", "weekly", True),
    ("ardmuir-refugee-welcome", "new-scots-families", "drop-in", "weekly", True),
    ("ardmuir-refugee-welcome", "ardmuir-east-cc", "email", "quarterly", True),
    ("mhairi-campbell", "new-scots-families", "ESOL classes", "weekly", True),
    ("coisir-ardmuir", "glenfoot-cc", "email", "quarterly", True),
    ("ardmuir-youth-fc", "ardmuir-central-cc", "email", "twice a year", True),
    ("dunmore-cc", "dunmore-tenants-association", "meeting", "monthly", True),
    ("lochside-homes", "dunmore-tenants-association", "tenants' meeting", "quarterly", True),
    ("kirkton-braes-housing-coop", "kirkton-cc", "meeting", "quarterly", True),
    ("ardmuir-chamber-of-commerce", "glen-ardmuir-distillery", "members' meeting", "monthly",
     True),
    ("ardmuir-chamber-of-commerce", "lochside-coaches", "members' meeting", "monthly", True),
    ("ardmuir-chamber-of-commerce", "strachans-supermarket", "members' meeting", "monthly",
     True),
    ("glen-ardmuir-distillery", "ardmuir-youth-fc", "sponsorship", "yearly", True),
    ("lochside-coaches", "inverlair-community-transport", "phone", "monthly", True),
    ("strachans-supermarket", "heather-milne", "phone", "weekly", True),
    # Frontline workers with each other
    ("heather-milne", "derek-mowat", "referrals", "weekly", True),
    ("heather-milne", "andrew-gillespie", "meeting", "weekly", True),
    ("derek-mowat", "yvonne-burns", "team meeting", "weekly", True),
    ("derek-mowat", "martin-reilly", "referrals", "fortnightly", True),
    ("derek-mowat", "ewan-macdonald", "referrals", "fortnightly", True),
    ("derek-mowat", "sandra-hughes", "referrals", "weekly", True),
    ("ewan-macdonald", "donna-kane", "referrals", "weekly", True),
    ("ewan-macdonald", "louise-gray", "referrals", "fortnightly", True),
    ("ewan-macdonald", "laura-craig", "phone", "fortnightly", True),
    ("laura-craig", "anil-mehta", "team meeting", "fortnightly", True),
    ("ewan-macdonald", "shona-cairns", "team meeting", "monthly", True),
    ("scott-lindsay", "karen-shaw", "joint visits", "fortnightly", True),
    ("scott-lindsay", "connor-boyd", "phone", "fortnightly", True),
    ("scott-lindsay", "lorna-mcintyre", "briefing", "weekly", True),
    ("karen-shaw", "stuart-moffat", "briefing", "weekly", True),
    ("karen-shaw", "sandra-hughes", "referrals", "monthly", True),
    ("karen-shaw", "louise-gray", "referrals", "monthly", True),
    ("kerry-walsh", "sandra-hughes", "referrals", "fortnightly", True),
    ("kerry-walsh", "scott-lindsay", "case conference", "fortnightly", True),
    ("sandra-hughes", "margaret-quinn", "team meeting", "monthly", True),
    ("connor-boyd", "ardmuir-youth-forum", "youth work sessions", "weekly", True),
    ("connor-boyd", "mhairi-campbell", "phone", "monthly", True),
    ("tracy-dunn", "nadia-hussain", "case review", "weekly", True),
    ("tracy-dunn", "mhairi-campbell", "referrals", "fortnightly", True),
    ("tracy-dunn", "derek-mowat", "referrals", "monthly", True),
    ("nadia-hussain", "iain-crawford", "team meeting", "monthly", True),
    ("martin-reilly", "karen-shaw", "referrals", "monthly", True),
    ("donna-kane", "laura-craig", "phone", "monthly", True),
    ("anna-kowalska", "heather-milne", "volunteer requests", "monthly", True),
    ("anna-kowalska", "donna-kane", "volunteer requests", "monthly", True),
    ("kerry-walsh", "ardmuir-womens-aid", "team meeting", "weekly", True),
    ("louise-gray", "ardmuir-carers-centre", "team meeting", "weekly", True),
    ("martin-reilly", "warm-homes-ardmuir", "team meeting", "weekly", True),
    ("tracy-dunn", "working-ardmuir", "team meeting", "weekly", True),
    ("donna-kane", "ardmuir-recovery-cafe", "team meeting", "weekly", True),
    ("connor-boyd", "inverlair-youth-project", "team meeting", "weekly", True),
]

STALE = {
    ("ardmuir-council", "dunmore-cc"): ("2025-10-28", "No council contact since the "
                                        "community council lost its secretary."),
    ("rhona-sinclair", "paul-kennedy"): ("2026-02-19", "Area manager post vacant Feb-May."),
    ("ardmuir-council", "ardmuir-disability-forum"): ("2026-01-14", "Access panel paused."),
    ("ardmuir-council", "poverty-truth-group"): ("2026-03-03", "Monthly meetings lapsed "
                                                 "when the group's worker left."),
    ("jamie-forsyth", "inverlair-cc"): ("2025-12-09", "Inverlair meetings clash with the "
                                        "ferry timetable."),
}

# Funding: funder, receiver, base amount in GBP, importance, label. Amounts are varied by
# up to 10% and rounded to 500, as a team would copy them from grant letters.
FUNDING = [
    ("ardmuir-council", "citizens-advice-ardmuir", 95000, 5, "Service level agreement"),
    ("ardmuir-council", "third-sector-ardmuir", 60000, 4, "Partnership agreement"),
    ("ardmuir-council", "ardmuir-foodbank", 8000, 2, "Crisis support grant"),
    ("ardmuir-council", "ardmuir-womens-aid", 60000, 5, "Outreach contract"),
    ("ardmuir-council", "inverlair-youth-project", 35000, 4, "Youth work grant"),
    ("ardmuir-council", "working-ardmuir", 140000, 5, "No One Left Behind key workers"),
    ("ardmuir-council", "inverlair-community-transport", 25000, 4, "Transport grant"),
    ("ardmuir-council", "ardmuir-credit-union", 10000, 3, "Affordable credit grant"),
    ("ardmuir-council", "ardmuir-disability-forum", 5000, 3, "Access panel"),
    ("ardmuir-council", "glenfoot-community-hall", 3000, 2, "Hall running costs"),
    ("ardmuir-council", "inverlair-village-hall", 2000, 2, "Hall running costs"),
    ("ardmuir-hscp", "ardmuir-carers-centre", 180000, 5, "Carer support contract"),
    ("ardmuir-hscp", "ardmuir-recovery-cafe", 42000, 5,
     "Alcohol and Drug Partnership grant, renewed yearly"),
    ("ardmuir-hscp", "age-well-ardmuir", 55000, 4, "Day opportunities contract"),
    ("ardmuir-hscp", "ardmuir-mental-health-association", 90000, 5, "Community support"),
    ("nhs-ardmuir", "warm-homes-ardmuir", 15000, 3, "Cold homes and health pilot"),
    ("sds-ardmuir", "working-ardmuir", 30000, 3, "Careers outreach"),
    ("scottish-government", "third-sector-ardmuir", 95000, 5, "TSI core funding"),
    ("scottish-government", "ardmuir-foodbank", 12000, 3, "Fair Food Fund"),
    ("scottish-government", "warm-homes-ardmuir", 70000, 5, "Warmer Homes advice"),
    ("scottish-government", "ardmuir-refugee-welcome", 15000, 4, "Resettlement support"),
    ("scottish-government", "ardmuir-credit-union", 20000, 4, "Financial inclusion"),
    ("buchanan-orr-foundation", "ardmuir-foodbank", 20000, 4, "Core costs"),
    ("buchanan-orr-foundation", "inverlair-youth-project", 25000, 4, "Detached youth work"),
    ("buchanan-orr-foundation", "citizens-advice-ardmuir", 30000, 4, "Debt advice"),
    ("buchanan-orr-foundation", "age-well-ardmuir", 15000, 3, "Lunch clubs"),
    ("buchanan-orr-foundation", "ardmuir-refugee-welcome", 10000, 4, "Drop-in"),
    ("buchanan-orr-foundation", "ardmuir-mental-health-association", 25000, 3, "Peer support"),
    ("buchanan-orr-foundation", "ardmuir-womens-aid", 20000, 4, "Children's worker"),
    ("buchanan-orr-foundation", "ardmuir-disability-forum", 4000, 2, "Volunteer expenses"),
    ("scottish-communities-lottery-fund", "ardmuir-carers-centre", 120000, 4,
     "Short breaks, 3 years"),
    ("scottish-communities-lottery-fund", "braes-development-trust", 150000, 5,
     "Braes hub, 3 years"),
    ("scottish-communities-lottery-fund", "inverlair-youth-project", 60000, 4, "Youth cafe"),
    ("scottish-communities-lottery-fund", "inverlair-community-transport", 45000, 4,
     "New minibus"),
    ("scottish-communities-lottery-fund", "ardmuir-mental-health-association", 40000, 3,
     "Walking groups"),
    ("scottish-communities-lottery-fund", "age-well-ardmuir", 50000, 4, "Digital skills"),
    ("beinn-ghlas-fund", "braes-development-trust", 40000, 4, "Community shop fit-out"),
    ("beinn-ghlas-fund", "kirkton-mens-shed", 3000, 3, "Tools"),
    ("beinn-ghlas-fund", "braes-community-garden", 2500, 3, "Polytunnel"),
    ("beinn-ghlas-fund", "glenfoot-heritage-society", 1500, 2, "Exhibition"),
    ("beinn-ghlas-fund", "dunmore-community-larder", 4000, 3, "Freezers"),
    ("beinn-ghlas-fund", "glenfoot-community-hall", 12000, 4, "New roof"),
    ("beinn-ghlas-fund", "inverlair-village-hall", 9000, 4, "Heating"),
    ("beinn-ghlas-fund", "ardmuir-youth-fc", 5000, 3, "Kit and pitch hire"),
    ("beinn-ghlas-fund", "coisir-ardmuir", 1500, 2, "Conductor's fees"),
    ("third-sector-ardmuir", "kirkton-mens-shed", 1000, 2, "Community grants scheme"),
    ("third-sector-ardmuir", "braes-community-garden", 800, 2, "Community grants scheme"),
    ("third-sector-ardmuir", "glenfoot-heritage-society", 600, 2, "Community grants scheme"),
    ("third-sector-ardmuir", "dunmore-community-larder", 2000, 3, "Community grants scheme"),
    ("third-sector-ardmuir", "kirkton-bumps-and-babies", 500, 2, "Community grants scheme"),
    ("third-sector-ardmuir", "coisir-ardmuir", 500, 2, "Community grants scheme"),
    ("glen-ardmuir-distillery", "ardmuir-youth-fc", 3000, 3, "Sponsorship"),
    ("ardmuir-chamber-of-commerce", "kirkton-bumps-and-babies", 500, 2, "Christmas appeal"),
]

# Other resources: giver, receiver, resource, amount, unit, importance, label
OTHER_RESOURCES = [
    ("ardmuir-council", "cpp-board", "staff", 2.5, "FTE", 4, "Community planning team"),
    ("nhs-ardmuir", "ardmuir-council", "data", None, None, 3, "Health profiles by locality"),
    ("ardmuir-council", "braes-development-trust", "premises", 1, "building", 5,
     "Braes hub, community asset transfer"),
    ("ardmuir-council", "ardmuir-recovery-cafe", "premises", 1, "building", 4,
     "Former library, peppercorn rent"),
    ("ardmuir-council", "ardmuir-youth-fc", "premises", 6, "hours a week", 3, "Pitch lets"),
    ("third-sector-ardmuir", "ardmuir-recovery-cafe", "knowledge", None, None, 3,
     "Governance support"),
    ("third-sector-ardmuir", "kirkton-mens-shed", "knowledge", None, None, 3,
     "Constitution and insurance"),
    ("third-sector-ardmuir", "dunmore-community-larder", "knowledge", None, None, 3,
     "Food hygiene and funding advice"),
    ("ardmuir-volunteers", "third-sector-ardmuir", "volunteers", 300, "volunteers", 4,
     "Volunteer centre register"),
    ("third-sector-ardmuir", "ardmuir-foodbank", "volunteers", 35, "volunteers", 4,
     "Volunteer placements"),
    ("third-sector-ardmuir", "age-well-ardmuir", "volunteers", 20, "volunteers", 3,
     "Volunteer placements"),
    ("strachans-supermarket", "ardmuir-foodbank", "in-kind", 18, "tonnes of food a year", 4,
     "Surplus food"),
    ("strachans-supermarket", "dunmore-community-larder", "in-kind", 6, "tonnes of food a year",
     4, "Surplus food"),
    ("lochside-coaches", "inverlair-community-transport", "in-kind", 40, "hours a year", 2,
     "Minibus servicing at cost"),
    ("ardmuir-college", "new-scots-families", "knowledge", 240, "hours of ESOL a year", 4,
     "ESOL classes"),
    ("poverty-truth-group", "tackling-poverty-group", "knowledge", None, None, 4,
     "Lived experience"),
    ("citizens-advice-ardmuir", "ardmuir-council", "data", 4, "reports a year", 3,
     "Advice trends"),
    ("ardmuir-housing-association", "ardmuir-recovery-cafe", "staff", 0.2, "FTE", 2,
     "Tenancy sustainment surgery"),
]

# Accountability: a, b, scope, formal
ACCOUNTABILITY = [
    ("ardmuir-hscp", "nhs-ardmuir", "Integration scheme", True),
    ("ardmuir-hscp", "ardmuir-council", "Integration scheme", True),
    ("ardmuir-housing-association", "scottish-housing-regulator", "Regulatory standards", True),
    ("lochside-homes", "scottish-housing-regulator", "Regulatory standards", True),
    ("kirkton-braes-housing-coop", "scottish-housing-regulator", "Regulatory standards", True),
    ("citizens-advice-ardmuir", "ardmuir-council", "Service level agreement", True),
    ("ardmuir-womens-aid", "ardmuir-council", "Outreach contract", True),
    ("working-ardmuir", "ardmuir-council", "No One Left Behind contract", True),
    ("working-ardmuir", "sds-ardmuir", "Careers outreach contract", True),
    ("inverlair-youth-project", "ardmuir-council", "Grant conditions", True),
    ("third-sector-ardmuir", "ardmuir-council", "Partnership agreement", True),
    ("third-sector-ardmuir", "scottish-government", "TSI core funding outcomes", True),
    ("ardmuir-carers-centre", "ardmuir-hscp", "Carer support contract", True),
    ("ardmuir-recovery-cafe", "ardmuir-hscp", "Alcohol and Drug Partnership grant", True),
    ("age-well-ardmuir", "ardmuir-hscp", "Day opportunities contract", True),
    ("ardmuir-mental-health-association", "ardmuir-hscp", "Community support contract",
     True),
    ("warm-homes-ardmuir", "scottish-government", "Warmer Homes grant", True),
    ("warm-homes-ardmuir", "nhs-ardmuir", "Pilot evaluation", True),
    ("ardmuir-foodbank", "buchanan-orr-foundation", "Grant conditions", True),
    ("citizens-advice-ardmuir", "buchanan-orr-foundation", "Grant conditions", True),
    ("ardmuir-womens-aid", "buchanan-orr-foundation", "Grant conditions", True),
    ("ardmuir-refugee-welcome", "scottish-government", "Resettlement grant", True),
    ("ardmuir-carers-centre", "scottish-communities-lottery-fund", "Grant conditions", True),
    ("braes-development-trust", "scottish-communities-lottery-fund", "Grant conditions",
     True),
    ("inverlair-community-transport", "scottish-communities-lottery-fund", "Grant conditions",
     True),
    ("kirkton-mens-shed", "third-sector-ardmuir", "Community grant report", False),
    ("dunmore-community-larder", "third-sector-ardmuir", "Community grant report", False),
]

# Seats: member, forum, role, voting. Stages come from the forum.
STAGES = {
    "cpp-board": ["set priorities", "agree the plan", "allocate resources", "review"],
    "health-wellbeing-group": ["plan", "deliver", "review"],
    "community-safety-group": ["plan", "deliver", "review"],
    "employability-group": ["plan", "commission", "review"],
    "tackling-poverty-group": ["plan", "deliver", "review"],
    "kirkton-braes-locality-group": ["identify needs", "plan", "deliver", "review"],
}
SEATS = [
    ("tom-galbraith", "cpp-board", "chair", True),
    ("gillian-baird", "cpp-board", "member", True),
    ("anil-mehta", "cpp-board", "member", True),
    ("shona-cairns", "cpp-board", "member", True),
    ("lorna-mcintyre", "cpp-board", "member", True),
    ("stuart-moffat", "cpp-board", "member", True),
    ("callum-munro", "cpp-board", "member", True),
    ("paul-kennedy", "cpp-board", "member", True),
    ("margaret-quinn", "cpp-board", "member", True),
    ("catriona-bell", "cpp-board", "member", True),
    ("alan-thomson", "cpp-board", "member", True),
    ("rhona-sinclair", "cpp-board", "observer", False),
    ("poverty-truth-group", "cpp-board", "observer", False),
    ("anil-mehta", "health-wellbeing-group", "chair", True),
    ("shona-cairns", "health-wellbeing-group", "member", True),
    ("laura-craig", "health-wellbeing-group", "member", True),
    ("ewan-macdonald", "health-wellbeing-group", "member", True),
    ("ardmuir-mental-health-association", "health-wellbeing-group", "member", True),
    ("age-well-ardmuir", "health-wellbeing-group", "member", True),
    ("ardmuir-carers-centre", "health-wellbeing-group", "member", True),
    ("donna-kane", "health-wellbeing-group", "member", True),
    ("ardmuir-disability-forum", "health-wellbeing-group", "member", True),
    ("inverlair-community-transport", "health-wellbeing-group", "member", True),
    ("lorna-mcintyre", "community-safety-group", "chair", True),
    ("stuart-moffat", "community-safety-group", "member", True),
    ("neil-ferguson", "community-safety-group", "member", True),
    ("scott-lindsay", "community-safety-group", "member", True),
    ("karen-shaw", "community-safety-group", "member", True),
    ("sandra-hughes", "community-safety-group", "member", True),
    ("kerry-walsh", "community-safety-group", "member", True),
    ("connor-boyd", "community-safety-group", "member", True),
    ("paul-kennedy", "employability-group", "chair", True),
    ("iain-crawford", "employability-group", "member", True),
    ("callum-munro", "employability-group", "member", True),
    ("alan-thomson", "employability-group", "member", True),
    ("working-ardmuir", "employability-group", "member", True),
    ("margaret-quinn", "employability-group", "member", True),
    ("catriona-bell", "tackling-poverty-group", "chair", True),
    ("rhona-sinclair", "tackling-poverty-group", "member", True),
    ("yvonne-burns", "tackling-poverty-group", "member", True),
    ("andrew-gillespie", "tackling-poverty-group", "member", True),
    ("derek-mowat", "tackling-poverty-group", "member", True),
    ("heather-milne", "tackling-poverty-group", "member", True),
    ("martin-reilly", "tackling-poverty-group", "member", True),
    ("derek-anderson", "tackling-poverty-group", "member", True),
    ("ardmuir-credit-union", "tackling-poverty-group", "member", True),
    ("poverty-truth-group", "tackling-poverty-group", "member", True),
    ("ardmuir-refugee-welcome", "tackling-poverty-group", "member", True),
    ("braes-cc", "kirkton-braes-locality-group", "chair", True),
    ("kirkton-cc", "kirkton-braes-locality-group", "member", True),
    ("braes-development-trust", "kirkton-braes-locality-group", "member", True),
    ("kirkton-braes-housing-coop", "kirkton-braes-locality-group", "member", True),
    ("jamie-forsyth", "kirkton-braes-locality-group", "member", True),
    ("scott-lindsay", "kirkton-braes-locality-group", "member", True),
    ("lewis-grant", "kirkton-braes-locality-group", "member", True),
    ("ardmuir-youth-forum", "kirkton-braes-locality-group", "member", True),
]

# Influence: a, b, strength
INFLUENCE = [
    ("scottish-government", "ardmuir-council", 5),
    ("scottish-government", "nhs-ardmuir", 5),
    ("ardmuir-council", "third-sector-ardmuir", 4),
    ("ardmuir-council", "cpp-board", 5),
    ("tom-galbraith", "cpp-board", 5),
    ("ardmuir-chamber-of-commerce", "ardmuir-council", 3),
    ("buchanan-orr-foundation", "ardmuir-foodbank", 3),
    ("ardmuir-hscp", "ardmuir-recovery-cafe", 5),
    ("poverty-truth-group", "tackling-poverty-group", 2),
    ("braes-cc", "ardmuir-council", 2),
    ("ardmuir-youth-forum", "ardmuir-council", 1),
    ("glen-ardmuir-distillery", "glenfoot-cc", 3),
    ("scottish-housing-regulator", "ardmuir-housing-association", 4),
]
# fmt: on


def _split(text: str) -> list[str]:
    return [item for item in text.split("|") if item]


def _last_contact(rng: random.Random, frequency: str) -> str:
    """A believable recent date: within the expected interval (60 days for ad hoc)."""
    interval = FREQUENCIES[frequency] or 60
    days = rng.randint(0, max(1, int(interval * 0.9)))
    return (MAP_DATE - dt.timedelta(days=days)).isoformat()


def _amount(rng: random.Random, base: int) -> int:
    if base < 5000:
        return base
    return round(base * rng.uniform(0.9, 1.1) / 500) * 500


def build(seed: int = 42) -> PartnershipMap:
    """The whole map, the same for the same seed."""
    rng = random.Random(seed)
    pmap = PartnershipMap(
        name="Ardmuir Community Planning Partnership",
        purpose=(
            "Less poverty and inequality across Ardmuir's towns and villages: people have "
            "enough money to live on, fair work, safe and warm homes, and a real say in what "
            "happens in their community (Local Outcomes Improvement Plan 2024-2030)."
        ),
        date=MAP_DATE.isoformat(),
        notes=(
            "Annual review map built by the community planning team with partners over "
            "summer 2026, from contact lists, grant records and board minutes. Contact inside "
            "one organisation is drawn only where it carries partnership business."
        ),
        skills_needed=[
            "community engagement",
            "welfare rights",
            "employability",
            "youth work",
            "data analysis",
            "participatory budgeting",
            "evaluation",
        ],
    )
    for node_id, label, role, category, sector, power, interest, skills, notes in ORGANISATIONS:
        pmap.add_node(
            id=node_id, label=label, kind="organisation", role=role, category=category,
            sector=sector, power=power, interest=interest, skills=_split(skills),
            notes=notes, tags=["LOIP 2024-2030"],
        )  # fmt: skip
    for node_id, label, category, power, interest, skills, notes in GROUPS:
        pmap.add_node(
            id=node_id, label=label, kind="group", role="stakeholder", category=category,
            sector="community", power=power, interest=interest, skills=_split(skills),
            notes=notes,
        )  # fmt: skip
    for node_id, (legitimacy, urgency) in SALIENCE.items():
        pmap.update_node(node_id, legitimacy=legitimacy, urgency=urgency)
    for node_id, label, notes in FORUMS:
        pmap.add_node(id=node_id, label=label, kind="forum", notes=notes)
    for node_id, label, organisation, level, power, interest in PEOPLE:
        pmap.add_node(
            id=node_id, label=label, kind="person", organisation=organisation, level=level,
            power=power, interest=interest,
        )  # fmt: skip
    for source, target, channel, frequency, mutual in COMMUNICATION:
        last, note = STALE.get((source, target), (_last_contact(rng, frequency), None))
        pmap.add_edge(
            source, target, "communicates", channel=channel, frequency=frequency,
            last_contact=last, mutual=mutual, notes=note,
        )  # fmt: skip
    for source, target, base, importance, label in FUNDING:
        pmap.add_edge(
            source, target, "resource", resource="funding", amount=_amount(rng, base),
            unit="GBP", importance=importance, label=label,
        )  # fmt: skip
    for source, target, resource, amount, unit, importance, label in OTHER_RESOURCES:
        pmap.add_edge(
            source, target, "resource", resource=resource, amount=amount, unit=unit,
            importance=importance, label=label,
        )  # fmt: skip
    for source, target, scope, formal in ACCOUNTABILITY:
        pmap.add_edge(source, target, "accountable_to", scope=scope, formal=formal)
    for member, forum, role, voting in SEATS:
        stages = STAGES[forum] if role != "observer" else ["review"]
        pmap.add_edge(member, forum, "member_of", role=role, voting=voting, stages=stages)
    for source, target, strength in INFLUENCE:
        pmap.add_edge(source, target, "influences", strength=strength)
    return pmap


def main() -> None:
    """Write the JSON and the CSV folder next to this script."""
    pmap = build()
    text = json.dumps(pmap.to_dict(), indent=2, ensure_ascii=False) + "\n"
    (HERE / "community-planning.json").write_text(text, encoding="utf-8")
    write_csv(pmap, HERE / "community-planning")
    print(f"{pmap.graph.number_of_nodes()} actors, {pmap.graph.number_of_edges()} links")


if __name__ == "__main__":
    main()
