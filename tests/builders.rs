//! An API that can grow (issue #21, item 3): the input types' constructors give what a JSON
//! request with only the required fields reads as, so that code that builds requests keeps
//! compiling when the format gains an optional field.

use kantonrechter::json::parse_request;
use kantonrechter::request::{
    Alternative, Element, EmployerInterest, EmployerInterestKind, Measure, OrInterest,
    OrInterestKind, Regeling, Technology,
};
use kantonrechter::{Decimal, Request, evaluate};

#[test]
fn constructors_read_as_the_least_json() {
    let text = r#"{
        "as_of": "2026-06-15",
        "regeling": {
            "title": "Cameras",
            "elements": [
                {"id": "a", "description": "At the doors."},
                {"id": "b", "description": "In the canteen.", "measure": {"technology": "camera"}}
            ]
        },
        "interests": {
            "employer": [{"kind": "theft_prevention", "statement": "Parts go missing."}],
            "works_council": [{"kind": "privacy", "statement": "Filmed all day."}]
        },
        "avg": {"alternatives": [{"description": "Locked cabinets."}]}
    }"#;
    let read = parse_request(text).unwrap();

    let camera = Measure {
        technology: Technology::Camera,
        ..Measure::default()
    };
    let regeling = Regeling::new(
        "Cameras",
        vec![
            Element::new("a", "At the doors.", Measure::default()),
            Element::new("b", "In the canteen.", camera),
        ],
    );
    let mut built = Request::new("2026-06-15".parse().unwrap(), regeling);
    built.interests.employer.push(EmployerInterest::new(
        EmployerInterestKind::TheftPrevention,
        "Parts go missing.",
    ));
    built
        .interests
        .works_council
        .push(OrInterest::new(OrInterestKind::Privacy, "Filmed all day."));
    built
        .avg
        .alternatives
        .push(Alternative::new("Locked cabinets."));

    assert_eq!(built, read);
    assert_eq!(
        evaluate(&built).unwrap().receipt,
        evaluate(&read).unwrap().receipt
    );
}

#[test]
fn decimal_is_reexported() {
    let d: Decimal = "0.5".parse().unwrap();
    let same: rust_decimal::Decimal = d;
    assert_eq!(same, Decimal::new(5, 1));
}
